package dev.exitscope.app;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.views.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Looks for the library's text query in the traces' own text: {@value #DEBOUNCE_MS} ms after the query last
 * changed, the files of the loaded traces are read again on the worker, one trace at a time, and the traces whose
 * text contains the query (ignoring case) are handed to the library. A newer query, or traces arriving from an
 * import still running, cancel the running scan and start a new one; only the latest scan's hits are handed over.
 * Nothing but the hits is kept, so a corpus larger than memory can be searched. FX thread, apart from the scan.
 */
final class LibraryTextSearch {
    static final int DEBOUNCE_MS = 300;

    private final ImporterRegistry registry;
    private final Executor worker;
    private final LibraryViewModel library;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(DEBOUNCE_MS));
    private @Nullable Future<?> running;

    LibraryTextSearch(ImporterRegistry registry, Executor worker, LibraryViewModel library) {
        this.registry = registry;
        this.worker = worker;
        this.library = library;
        debounce.setOnFinished(e -> start(library.textQueryProperty().get()));
        library.textQueryProperty().addListener((o, a, q) -> restart());
        library.traces().addListener((ListChangeListener<TraceSummary>) c -> restart());
    }

    /** Drops the running scan and schedules a new one for the current query, if any. */
    private void restart() {
        cancel();
        if (!library.textQueryProperty().get().isEmpty()) {
            debounce.playFromStart();
        }
    }

    private void cancel() {
        debounce.stop();
        Future<?> f = running;
        if (f != null) {
            f.cancel(true);
        }
        running = null;
    }

    private void start(String query) {
        Map<String, Map<String, TraceSummary>> byFile = new LinkedHashMap<>();
        for (TraceSummary s : library.traces()) {
            byFile.computeIfAbsent(s.file(), f -> new HashMap<>()).put(s.id(), s);
        }
        FutureTask<?>[] self = new FutureTask<?>[1];
        FutureTask<Void> task = new FutureTask<>(() -> {
            Set<TraceSummary> hits;
            try {
                hits = scan(byFile, query);
            } catch (OutOfMemoryError e) {
                hits = Set.of();
            }
            Set<TraceSummary> found = hits;
            Platform.runLater(() -> {
                if (running == self[0]) {
                    running = null;
                    library.setTextHits(query, found);
                }
            });
            return null;
        });
        self[0] = task;
        running = task;
        worker.execute(task);
    }

    /** The traces of these files whose text contains {@code query} (lower-case). Worker thread. */
    Set<TraceSummary> scan(Map<String, Map<String, TraceSummary>> byFile, String query) {
        Set<TraceSummary> hits = new HashSet<>();
        for (Map.Entry<String, Map<String, TraceSummary>> file : byFile.entrySet()) {
            try {
                registry.read(InputSource.of(Path.of(file.getKey())), ImportOptions.DEFAULT, t -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException();
                    }
                    TraceSummary s = file.getValue().get(t.id());
                    if (s != null && t.text().toLowerCase(Locale.ROOT).contains(query)) {
                        hits.add(s);
                    }
                });
            } catch (CancellationException e) {
                throw e;
            } catch (Exception e) {
                // A file that no longer reads was reported when it was opened; its traces simply do not match.
                continue;
            }
        }
        return hits;
    }
}
