package dev.exitscope.app;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.redundancy.CachingEmbedder;
import dev.exitscope.analysis.signals.redundancy.EmbeddingCache;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.bench.FxStallMonitor;
import dev.exitscope.bench.RenderedFrames;
import dev.exitscope.bench.SyntheticOpenAiChat;
import dev.exitscope.views.tokentext.TokenFonts;
import dev.exitscope.views.tokentext.TokenSignal;
import dev.exitscope.views.tokentext.TokenTextModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * How long the workbench takes to show a large trace, headless (Monocle, software rendering): a synthetic
 * OpenAI chat completion with top-20 logprobs is written to a temporary folder and opened in a real
 * {@link WorkbenchWindow}; once the library lists it, its row is selected, and the time runs until the render thread
 * has presented the first frame whose timeline shows the trace. Meanwhile an {@link FxStallMonitor} records how
 * long the FX thread was unavailable. The window's worker steps are then repeated one by one on the same worker
 * (import, signals, timeline data, token text model) to split the worker's share. Each run has a new window and an
 * empty signal cache. Lives in the app package for the window's package-private API.
 *
 * <p>Usage: {@code WorkbenchOpenTiming [tokens=100000] [runs=4] [embedder=none|minilm]}; {@code minilm} uses the
 * workbench's all-MiniLM-L6-v2 redundancy embedder as {@link WorkbenchApp} does (loaded once per process).
 */
public final class WorkbenchOpenTiming {
    private WorkbenchOpenTiming() {
    }

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        boolean miniLm = args.length > 2 && args[2].equals("minilm");
        Path dir = Files.createTempDirectory("exitscope-open");
        Path file = dir.resolve("synthetic-" + tokens + ".json");
        long bytes = SyntheticOpenAiChat.write(file, tokens, 20, 1);
        System.out.printf(Locale.ROOT, "file: %,d tokens x top-20, %,d bytes; embedder: %s%n", tokens, bytes,
                miniLm ? "all-MiniLM-L6-v2" : "none");
        HeadlessPlatform.start();
        LazyEmbedder model = miniLm ? LazyEmbedder.forWindow() : null;
        try {
            for (int run = 1; run <= runs; run++) {
                TextEmbedder embedder = model == null ? null
                        : new CachingEmbedder(model, EmbeddingCache.inMemory(EmbeddingCache.DEFAULT_MAX_BYTES));
                System.out.println("run " + run + ":");
                new OneOpen(file, embedder).measure();
            }
        } finally {
            if (model != null) {
                model.close();
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
            Platform.exit();
        }
    }

    /** One window, one selection, one first frame. */
    private static final class OneOpen {
        private final Path file;
        private final @Nullable TextEmbedder embedder;
        private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "exitscope-loader");
            t.setDaemon(true);
            return t;
        });
        private volatile long selected;
        private volatile long workerStart;
        private volatile long workerEnd;
        private volatile long dataSet;
        private volatile long textSet;
        private volatile long statusSet;
        private volatile long drawn;
        private volatile long shown;
        private volatile int charsDrawn;
        private volatile long pulseStart;
        private volatile long longestPulse;
        private WorkbenchWindow window;
        private Stage stage;

        OneOpen(Path file, @Nullable TextEmbedder embedder) {
            this.file = file;
            this.embedder = embedder;
        }

        void measure() throws Exception {
            onFx(() -> {
                stage = new Stage();
                window = new WorkbenchWindow();
                window.show(stage, Importers.standard(), List.of(file), this::execute, new SignalCache(embedder));
                return null;
            });
            waitFor(() -> window.libraryView().table().getItems().size() == 1, "the library to list the trace");
            onFx(this::hook);
            pool.submit(() -> { }).get();
            System.gc();
            Thread.sleep(300);
            FxStallMonitor monitor = new FxStallMonitor(FxStallMonitor.fxThread(), 30);
            long gcBefore = gcMillis();
            long origin = System.nanoTime();
            monitor.start(origin);
            Thread.sleep(100);
            onFx(() -> {
                selected = System.nanoTime();
                window.libraryView().table().getSelectionModel().select(0);
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (shown == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(1000);
            monitor.stop();
            charsDrawn = onFx(() -> window.tokenText().visibleText().length());
            report(monitor, origin);
            System.out.printf(Locale.ROOT, "  garbage collection during the open: %d ms%n", gcMillis() - gcBefore);
            split();
            onFx(() -> {
                stage.close();
                return null;
            });
            pool.shutdownNow();
        }

        /** The window's worker, timed: the open task is the only one submitted after the library has loaded. */
        private void execute(Runnable task) {
            pool.execute(() -> {
                workerStart = System.nanoTime();
                task.run();
                workerEnd = System.nanoTime();
            });
        }

        /** Listeners added after the window's own, so each fires once the window's handling is done. */
        private Void hook() {
            Scene scene = stage.getScene();
            int framesBefore = window.timeline().frames();
            window.timeline().dataProperty().addListener((o, a, d) -> dataSet = System.nanoTime());
            window.tokenText().modelProperty().addListener((o, a, m) -> textSet = System.nanoTime());
            Label status = (Label) window.root().lookup("#trace-status");
            status.textProperty().addListener((o, a, t) -> {
                if (t.endsWith("tokens")) {
                    statusSet = System.nanoTime();
                }
            });
            scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (selected != 0 && pulseStart != 0) {
                    longestPulse = Math.max(longestPulse, System.nanoTime() - pulseStart);
                }
                if (drawn == 0 && window.timeline().frames() > framesBefore) {
                    drawn = System.nanoTime();
                }
            });
            RenderedFrames.attach(scene).onRendered(t -> {
                if (drawn != 0 && shown == 0) {
                    shown = t;
                }
            });
            return null;
        }

        private void report(FxStallMonitor monitor, long origin) {
            System.out.printf(Locale.ROOT, "  selection -> first frame presented: %.0f ms%n", ms(shown - selected));
            System.out.printf(Locale.ROOT, "    selection -> worker starts %.1f | worker (import, signals, "
                    + "timeline, text) %.0f | queued runLater %.1f | apply (data, text model, status) %.1f | "
                    + "to end of the drawing pulse %.1f | render %.1f ms%n", ms(workerStart - selected),
                    ms(workerEnd - workerStart), ms(dataSet - workerEnd), ms(statusSet - dataSet),
                    ms(drawn - statusSet), ms(shown - drawn));
            System.out.printf(Locale.ROOT, "    (data listener %.1f ms after the runLater could start; text model "
                    + "set %.1f ms after data)%n", ms(dataSet - workerEnd), ms(textSet - dataSet));
            System.out.printf(Locale.ROOT, "    token text characters drawn by the end: %d%n",
                    charsDrawn);
            System.out.printf(Locale.ROOT,
                    "  longest scene pulse from the selection on (CSS, layout, drawing): %.1f ms%n",
                    ms(longestPulse));
            System.out.println("  FX thread availability, heartbeat every ~2 ms: " + monitor.waits().summary());
            for (FxStallMonitor.Stall s : monitor.longest(5)) {
                System.out.println(FxStallMonitor.describe(s, 5));
            }
        }

        /** The worker's steps again, one by one, each timed, with a fresh signal cache. */
        private void split() throws Exception {
            pool.submit(() -> {
                TraceLoader loader = new TraceLoader(Importers.standard(), new SignalCache(embedder), null,
                        Runnable::run);
                SignalCache signals = new SignalCache(embedder);
                long t0 = System.nanoTime();
                Trace trace = loader.load(file, window.libraryView().table().getItems().get(0).id());
                long t1 = System.nanoTime();
                TraceSignals s = signals.get(trace, SignalOptions.defaults());
                long t2 = System.nanoTime();
                TimelineData d = TimelineData.of(s);
                long t3 = System.nanoTime();
                TokenTextModel text = TokenTextModel.of(d, s.entropy());
                long t4 = System.nanoTime();
                TokenFonts fonts = new TokenFonts();
                for (TokenSignal signal : TokenSignal.values()) {
                    fonts.widths(text, signal);
                }
                long t5 = System.nanoTime();
                System.out.printf(Locale.ROOT, "  worker steps repeated: import %.0f | signals %.0f | "
                        + "TimelineData (lanes, LOD pyramids) %.0f | TokenTextModel %.0f ms (%d paragraphs) | "
                        + "token widths, both signals, new fonts %.0f ms%n",
                        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), text.paragraphCount(), ms(t5 - t4));
                return null;
            }).get();
        }

        private static long gcMillis() {
            long total = 0;
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static void waitFor(java.util.function.BooleanSupplier done, String what) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!onFx(done::getAsBoolean)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out waiting for " + what);
                }
                Thread.sleep(5);
            }
        }

        private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(c.call());
                } catch (Exception | Error e) {
                    f.completeExceptionally(e);
                }
            });
            return f.get(120, TimeUnit.SECONDS);
        }
    }
}
