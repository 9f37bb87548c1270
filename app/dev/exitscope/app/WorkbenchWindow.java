package dev.exitscope.app;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.views.library.LibraryView;
import dev.exitscope.views.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the main window on a stage and starts loading the given inputs on the worker. FX thread only. */
final class WorkbenchWindow {
    private final LibraryViewModel library = new LibraryViewModel();
    private final LibraryView libraryView = new LibraryView(library);

    void show(Stage stage, ImporterRegistry registry, List<Path> inputs, Executor worker) {
        stage.setTitle("ExitScope");
        stage.setScene(new Scene(libraryView, 1280, 800));
        stage.show();
        LibraryLoadTask task = new LibraryLoadTask(registry, inputs, library::addAll);
        task.setOnSucceeded(e -> library.reportErrors(task.getValue()));
        worker.execute(task);
    }

    LibraryViewModel library() {
        return library;
    }
}
