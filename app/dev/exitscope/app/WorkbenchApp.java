package dev.exitscope.app;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.redundancy.CachingEmbedder;
import dev.exitscope.analysis.signals.redundancy.EmbeddingCache;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Raw parameters are the trace files and folders to open; with none, what was open at the
 * last close is reopened, else the {@code sample-traces} folder of the working directory when it exists.
 */
public final class WorkbenchApp extends Application {
    private ExecutorService worker;
    private LazyEmbedder embedder;

    @Override
    public void start(Stage stage) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "exitscope-loader");
            t.setDaemon(true);
            return t;
        });
        List<Path> paths = new ArrayList<>();
        for (String raw : getParameters().getRaw()) {
            paths.add(Path.of(raw));
        }
        WorkbenchSettings settings = loadSettings();
        paths = settings.pathsToOpen(paths, Path.of("sample-traces"));
        embedder = LazyEmbedder.forWindow();
        TextEmbedder cached = new CachingEmbedder(embedder, EmbeddingCache.inMemory(EmbeddingCache.DEFAULT_MAX_BYTES));
        WorkbenchWindow window = new WorkbenchWindow();
        window.useSettings(settings);
        window.show(stage, Importers.standard(), paths, worker, new SignalCache(cached));
    }

    private static WorkbenchSettings loadSettings() {
        Path dir = WorkbenchSettings.defaultDir(System.getenv(), System.getProperty("user.home"));
        try {
            return WorkbenchSettings.load(dir);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(WorkbenchApp.class).warn("could not read settings in {} ({}); not saving any", dir,
                    e.toString());
            return WorkbenchSettings.inMemory();
        }
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (embedder != null) {
            embedder.close();
        }
    }
}
