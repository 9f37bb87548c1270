package dev.exitscope.app.cli;

import java.nio.file.Path;
import java.util.List;

/** Opens the graphical workbench; blocks until its window closes. */
@FunctionalInterface
public interface GuiLauncher {
    void open(List<Path> paths);
}
