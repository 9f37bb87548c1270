package dev.exitscope.app;

import dev.exitscope.app.cli.GuiLauncher;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/** Opens the workbench window on the given trace files and folders. */
public final class Workbench implements GuiLauncher {
    @Override
    public void open(List<Path> paths) {
        String[] raw = paths.stream().map(Path::toString).toArray(String[]::new);
        Application.launch(WorkbenchApp.class, raw);
    }
}
