package dev.exitscope.app;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.summary.TraceSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import org.jspecify.annotations.Nullable;

/**
 * Reads trace files on a worker thread and hands their summaries to the FX thread one file at a time. Inputs that
 * cannot be read are collected as user-facing messages naming their file, never thrown. Each batch comes with the
 * question texts of its traces, for the library's search. Cancellable between files. Which of the named inputs
 * were read (and which failed outright) is kept for the recent list: {@link #readInputs()} may be called from any
 * thread once the task has ended.
 */
final class LibraryLoadTask extends Task<List<String>> {
    private final ImporterRegistry registry;
    private final List<Path> paths;
    private final BiConsumer<List<TraceSummary>, Map<TraceSummary, String>> onBatch;
    private final List<Path> read = new ArrayList<>();

    LibraryLoadTask(ImporterRegistry registry, List<Path> paths,
                    BiConsumer<List<TraceSummary>, Map<TraceSummary, String>> onBatch) {
        this.registry = registry;
        this.paths = List.copyOf(paths);
        this.onBatch = onBatch;
    }

    /**
     * The named inputs that were read to the end without failing outright, in the order given: a file read
     * without error, or a folder at least one of whose files gave traces or none of whose files failed. Inputs not
     * reached before a cancel are left out.
     */
    synchronized List<Path> readInputs() {
        return List.copyOf(read);
    }

    @Override
    protected List<String> call() {
        List<String> errors = new ArrayList<>();
        Map<Path, List<Path>> inputs = new LinkedHashMap<>();
        for (Path input : paths) {
            try {
                inputs.put(input, TraceFiles.expand(List.of(input)));
            } catch (IOException | TraceInputException e) {
                errors.add(e.getMessage());
            }
        }
        int total = inputs.values().stream().mapToInt(List::size).sum();
        int done = 0;
        for (Map.Entry<Path, List<Path>> input : inputs.entrySet()) {
            boolean traces = false;
            boolean failed = false;
            for (Path p : input.getValue()) {
                if (isCancelled()) {
                    return errors;
                }
                String error = readFile(p);
                if (error == null) {
                    traces = true;
                } else {
                    errors.add(error);
                    failed = true;
                }
                updateProgress(++done, total);
            }
            if (traces || !failed) {
                synchronized (this) {
                    read.add(input.getKey());
                }
            }
        }
        return errors;
    }

    /** Reads one file and posts its batch; returns the message when it could not be read, else null. */
    private @Nullable String readFile(Path p) {
        updateMessage("Reading " + p.getFileName());
        List<TraceSummary> batch = new ArrayList<>();
        Map<TraceSummary, String> questions = new HashMap<>();
        String error = null;
        try {
            InputSource src = InputSource.of(p);
            ImportOptions options = ImportOptions.DEFAULT;
            TraceImporter importer = registry.choose(src, options);
            registry.read(src, importer, options, t -> {
                TraceSummary s = TraceSummary.of(t, p.toString(), importer.name());
                batch.add(s);
                String question = t.question().text();
                if (question != null) {
                    questions.put(s, question);
                }
            });
        } catch (TraceInputException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = p + ": " + e.getMessage();
        }
        if (!batch.isEmpty()) {
            javafx.application.Platform.runLater(() -> onBatch.accept(batch, questions));
        }
        return error;
    }
}
