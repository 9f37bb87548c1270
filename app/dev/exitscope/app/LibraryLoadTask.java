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
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;

/**
 * Reads trace files on a worker thread and hands their summaries to the FX thread one file at a time. Inputs that
 * cannot be read are collected as user-facing messages, never thrown. Each batch comes with the question texts of
 * its traces, for the library's search. Cancellable between files.
 */
final class LibraryLoadTask extends Task<List<String>> {
    private final ImporterRegistry registry;
    private final List<Path> paths;
    private final BiConsumer<List<TraceSummary>, Map<TraceSummary, String>> onBatch;

    LibraryLoadTask(ImporterRegistry registry, List<Path> paths,
                    BiConsumer<List<TraceSummary>, Map<TraceSummary, String>> onBatch) {
        this.registry = registry;
        this.paths = List.copyOf(paths);
        this.onBatch = onBatch;
    }

    @Override
    protected List<String> call() {
        List<String> errors = new ArrayList<>();
        List<Path> files;
        try {
            files = TraceFiles.expand(paths);
        } catch (IOException | TraceInputException e) {
            errors.add(e.getMessage());
            return errors;
        }
        ImportOptions options = ImportOptions.DEFAULT;
        int done = 0;
        for (Path p : files) {
            if (isCancelled()) {
                break;
            }
            updateMessage("Reading " + p.getFileName());
            List<TraceSummary> batch = new ArrayList<>();
            Map<TraceSummary, String> questions = new HashMap<>();
            try {
                InputSource src = InputSource.of(p);
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
                errors.add(e.getMessage());
            } catch (IOException e) {
                errors.add(p + ": " + e.getMessage());
            }
            if (!batch.isEmpty()) {
                javafx.application.Platform.runLater(() -> onBatch.accept(batch, questions));
            }
            updateProgress(++done, files.size());
        }
        return errors;
    }
}
