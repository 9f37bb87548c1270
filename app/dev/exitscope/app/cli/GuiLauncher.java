package dev.exitscope.app.cli;

import java.nio.file.Path;
import java.util.List;

/** Opens the graphical workbench; blocks until its window closes. Called on the thread that runs the CLI. */
@FunctionalInterface
public interface GuiLauncher {
    /** @throws NoDisplayException when there is no display to open the window on */
    void open(List<Path> paths);
}
