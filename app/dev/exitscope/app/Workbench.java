package dev.exitscope.app;

import dev.exitscope.app.cli.DisplayCheck;
import dev.exitscope.app.cli.GuiLauncher;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * Opens the workbench window on the given trace files and folders. Without a display it fails with
 * {@link dev.exitscope.app.cli.NoDisplayException} before JavaFX starts (or when JavaFX cannot open the display
 * the environment names).
 */
public final class Workbench implements GuiLauncher {
    @Override
    public void open(List<Path> paths) {
        DisplayCheck.require(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        String[] raw = paths.stream().map(Path::toString).toArray(String[]::new);
        try {
            Application.launch(WorkbenchApp.class, raw);
        } catch (UnsupportedOperationException e) {
            if (e.getMessage() != null && e.getMessage().contains("DISPLAY")) {
                throw DisplayCheck.cannotOpen(System.getenv(), e);
            }
            throw e;
        }
    }
}
