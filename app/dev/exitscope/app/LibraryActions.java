package dev.exitscope.app;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.views.library.LibraryViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user does to put traces in the library: open files and folders (chooser, drag and drop, recent list).
 * Each open imports on the worker through a {@link LibraryLoadTask} the library tracks; once it ends, the paths it
 * could read join the recent list and what is reopened at the next start, and the settings are saved. FX thread
 * only.
 */
final class LibraryActions {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryActions.class);

    private final ImporterRegistry registry;
    private final Executor worker;
    private final LibraryViewModel library;
    private final WorkbenchSettings settings;
    private final List<Path> open = new ArrayList<>();
    private final List<Runnable> recentListeners = new ArrayList<>();
    private Consumer<String> onSaveError = m -> { };

    LibraryActions(ImporterRegistry registry, Executor worker, LibraryViewModel library,
                   WorkbenchSettings settings) {
        this.registry = registry;
        this.worker = worker;
        this.library = library;
        this.settings = settings;
    }

    /** Imports files and folders not already open; returns the task, or null when everything was open. */
    @Nullable LibraryLoadTask open(List<Path> paths) {
        List<Path> fresh = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!open.contains(abs) && !fresh.contains(abs)) {
                fresh.add(abs);
            }
        }
        if (fresh.isEmpty()) {
            return null;
        }
        LibraryLoadTask task = new LibraryLoadTask(registry, fresh, library::addAll);
        task.setOnSucceeded(e -> {
            library.reportErrors(task.getValue());
            List<Path> failed = new ArrayList<>(fresh);
            failed.removeAll(task.readInputs());
            open.removeAll(failed);
            remember(task.readInputs());
        });
        task.setOnCancelled(e -> remember(task.readInputs()));
        library.track(task);
        open.addAll(fresh);
        worker.execute(task);
        return task;
    }

    /**
     * Puts inputs that were read in the recent list and saves what is open; an input that could not be read is
     * neither recent nor reopened at the next start (it stays listed, with its message, among the library's
     * errors).
     */
    private void remember(List<Path> read) {
        for (Path p : read) {
            settings.addRecent(p);
        }
        settings.setOpenPaths(open);
        save();
        recentListeners.forEach(Runnable::run);
    }

    /** Asks for trace files and opens them. */
    void chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open trace files");
        startIn(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks for a folder and opens every trace file in it. */
    void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of traces");
        startIn(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    private void startIn(Consumer<File> setDirectory) {
        for (Path p : settings.recent()) {
            Path dir = Files.isDirectory(p) ? p : p.getParent();
            if (dir != null && Files.isDirectory(dir)) {
                setDirectory.accept(dir.toFile());
                return;
            }
        }
    }

    /** Accepts a drag that carries files. */
    void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        }
        e.consume();
    }

    /** Opens the files and folders of a drop. */
    void dragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean done = board.hasFiles() && !board.getFiles().isEmpty();
        if (done) {
            dropped(board.getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** Opens dropped files and folders. */
    void dropped(List<Path> paths) {
        open(paths);
    }

    /** The files and folders opened in this session, in order. */
    List<Path> openPaths() {
        return List.copyOf(open);
    }

    List<Path> recent() {
        return settings.recent();
    }

    /** Called after every change of the recent list. */
    void onRecentChanged(Runnable listener) {
        recentListeners.add(listener);
    }

    /** Where a failed settings save is reported to the user. */
    void onSaveError(Consumer<String> sink) {
        onSaveError = sink;
    }

    private void save() {
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("could not save the workbench settings", e);
            onSaveError.accept("Could not save settings: " + e.getMessage());
        }
    }
}
