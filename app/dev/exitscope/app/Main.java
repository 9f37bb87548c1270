package dev.exitscope.app;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.app.cli.ExitScopeCli;

/**
 * Entry point of {@code exitscope.jar}: with no arguments it opens the workbench, otherwise it runs a command.
 * Not a JavaFX {@code Application} subclass, so the plain class path launches it.
 */
public final class Main {
    private Main() {
    }

    /**
     * The window's classes (JavaFX, AWT) load only when a command opens or renders it, so a batch command starts
     * without them.
     */
    public static void main(String[] args) {
        ImporterRegistry registry = Importers.standard();
        int code = new ExitScopeCli(paths -> new Workbench().open(paths),
                request -> new WorkbenchSnapshot(registry).snapshot(request), registry).run(args);
        if (code != ExitScopeCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
