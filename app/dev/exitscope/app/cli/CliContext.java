package dev.exitscope.app.cli;

import dev.exitscope.analysis.io.ImporterRegistry;
import java.io.PrintWriter;

/**
 * What every command gets from the composition root: the importers, the output and error streams, and the GUI
 * launcher and the headless renderer. A command class has a constructor taking exactly this.
 */
record CliContext(ImporterRegistry registry, PrintWriter out, PrintWriter err, GuiLauncher gui,
                  Snapshotter snapshotter) {
}
