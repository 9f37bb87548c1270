package dev.exitscope.app;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.app.cli.ExitScopeCli;

/**
 * Entry point of {@code exitscope.jar}: with no arguments it opens the workbench, otherwise it runs a command.
 * Not a JavaFX {@code Application} subclass, so the plain class path launches it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new ExitScopeCli(new Workbench(), new WorkbenchSnapshot(Importers.standard())).run(args);
        if (code != ExitScopeCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
