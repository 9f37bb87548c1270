package dev.exitscope.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code exitscope gui [PATH…]}: opens the workbench on trace files and folders. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workbench window.")
final class GuiCommand implements Callable<Integer> {
    private final GuiLauncher gui;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Trace files or folders to open.")
    List<Path> paths = new ArrayList<>();

    GuiCommand(CliContext context) {
        this.gui = context.gui();
    }

    @Override
    public Integer call() {
        gui.open(paths);
        return ExitScopeCli.OK;
    }
}
