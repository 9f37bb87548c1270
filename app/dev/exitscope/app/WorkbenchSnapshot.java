package dev.exitscope.app;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.redundancy.CachingEmbedder;
import dev.exitscope.analysis.signals.redundancy.EmbeddingCache;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.app.cli.SnapshotRequest;
import dev.exitscope.app.cli.Snapshotter;
import dev.exitscope.views.playback.FrameClock;
import dev.exitscope.views.replay.PolicyChoice;
import dev.exitscope.views.replay.ReplayViewModel;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders the main window with one trace selected to a PNG on JavaFX's headless platform (Monocle, software
 * rendering), so {@code snapshot} works on a machine without a display. The trace and its signals are computed on
 * the calling thread; only building and snapshotting the scene happens on the FX thread.
 */
final class WorkbenchSnapshot implements Snapshotter {
    private final ImporterRegistry registry;

    WorkbenchSnapshot(ImporterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void snapshot(SnapshotRequest r) throws IOException {
        List<TraceSummary> rows = new ArrayList<>();
        Trace[] chosen = new Trace[1];
        InputSource src = InputSource.of(r.trace());
        TraceImporter importer = registry.choose(src, ImportOptions.DEFAULT);
        registry.read(src, importer, ImportOptions.DEFAULT, t -> {
            rows.add(TraceSummary.of(t, r.trace().toString(), importer.name()));
            if (chosen[0] == null && (r.id() == null || r.id().equals(t.id()))) {
                chosen[0] = t;
            }
        });
        if (chosen[0] == null) {
            throw TraceInputException.ofFile(r.trace().toString(), r.id() == null ? "holds no trace"
                    : "no trace with id '" + r.id() + "'");
        }
        Trace trace = chosen[0];
        if (r.playbackAt() > trace.tokenCount()) {
            throw new IllegalArgumentException("--playback-at " + r.playbackAt() + " is past the end of " + trace.id()
                    + " (" + trace.tokenCount() + " tokens)");
        }
        if (r.select() >= trace.tokenCount()) {
            throw new IllegalArgumentException((r.inspector() >= 0 ? "--inspector " : "--select ") + r.select()
                    + " is past the end of " + trace.id() + " (" + trace.tokenCount() + " tokens)");
        }
        TimelineData data;
        TokenTextModel text;
        try (LazyEmbedder embedder = new LazyEmbedder()) {
            SignalCache signals = new SignalCache(new CachingEmbedder(embedder,
                    EmbeddingCache.inMemory(EmbeddingCache.DEFAULT_MAX_BYTES)));
            TraceLoader loader = new TraceLoader(registry, signals, null, Runnable::run);
            data = loader.timeline(trace);
            text = loader.tokenText(data);
        }
        boolean ownToolkit = HeadlessPlatform.start();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(render(r, rows, trace, data, text));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", r.output().toFile());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            throw new IOException("rendering failed: " + e.getCause(), e.getCause());
        } finally {
            if (ownToolkit) {
                Platform.exit();
            }
        }
    }

    /** Enables the policy of {@code spec} with its values; a bad name or value is an argument error. */
    private static void enable(ReplayViewModel replay, String spec) {
        PolicySpec s = PolicySpec.parse(spec);
        PolicyChoice c;
        try {
            c = replay.choice(s.name());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--policy " + spec + ": " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> v : s.values().entrySet()) {
            if (c.descriptor().param(v.getKey()) == null) {
                throw new IllegalArgumentException("--policy " + spec + ": policy '" + s.name() + "' has no parameter '"
                        + v.getKey() + "'");
            }
            if (!c.set(v.getKey(), v.getValue())) {
                throw new IllegalArgumentException("--policy " + spec + ": " + c.problemProperty().get());
            }
        }
        c.enabledProperty().set(true);
    }

    private static WritableImage render(SnapshotRequest r, List<TraceSummary> rows, Trace trace, TimelineData d,
                                        TokenTextModel text) {
        WorkbenchWindow window = new WorkbenchWindow(Runnable::run, Runnable::run, FrameClock.animationTimer());
        TraceFind find = window.installFind(Runnable::run, Runnable::run);
        window.applyTheme(r.dark() ? WorkbenchTheme.DARK : WorkbenchTheme.LIGHT);
        window.library().addAll(rows);
        Scene scene = new Scene(window.root(), r.width(), r.height());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(trace.id())) {
                window.libraryView().table().getSelectionModel().select(i);
                window.libraryView().table().scrollTo(i);
                break;
            }
        }
        TimelineView timeline = window.timeline();
        if (r.lanes() != null) {
            timeline.lanes().setAll(r.lanes());
        }
        timeline.dataProperty().set(d);
        window.tokenText().modelProperty().set(text);
        for (String spec : r.policies()) {
            enable(window.replay(), spec);
        }
        if (r.playbackAt() >= 0) {
            window.playbackBar().model().scrubTo(r.playbackAt());
        }
        if (r.teaching()) {
            window.teaching().toggle(null);
        }
        window.showStatus(trace.id() + " · " + trace.tokenCount() + " tokens");
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (r.select() >= 0) {
            timeline.viewportProperty().set(timeline.viewportProperty().get().zoom(1e9, 0).reveal(r.select()));
            timeline.selectedTokenProperty().set(r.select());
        }
        String query = r.find();
        if (query != null) {
            find.open();
            find.model().queryProperty().set(query);
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        timeline.drawIfDirty();
        return scene.snapshot(null);
    }
}
