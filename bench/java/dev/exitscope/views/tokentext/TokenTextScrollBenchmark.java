package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.bench.RenderedFrames;
import dev.exitscope.bench.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Token text scroll frames as a pulse makes them, headless (Monocle, software rendering): a shown 1600 × 500
 * stage holds a {@link TokenTextView}; an animation timer scrolls the text by a line or by a page, and the frame's
 * time runs from that change until the render thread has presented the pulse's frame (layout, the painter filling
 * the canvas, sync, and the canvas replayed and presented). A new frame starts only when the previous one is
 * presented. Configurations alternate in blocks so that outside load falls on all alike. Traces: 10,000 and 100,000
 * tokens with top-20 logprobs, words of one to eight characters, a line break every ~60 tokens.
 *
 * <p>Usage: {@code TokenTextScrollBenchmark [framesPerBlock=100] [rounds=5]}.
 */
public final class TokenTextScrollBenchmark {
    private static final int WARMUP_FRAMES = 30;

    private TokenTextScrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perBlock = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.setImplicitExit(false);
        CompletableFuture<Stage> stageReady = new CompletableFuture<>();
        Platform.startup(() -> stageReady.complete(new Stage()));
        try {
            TokenTextModel small = model(10_000);
            TokenTextModel large = model(100_000);
            Stage stage = stageReady.get();
            List<Probe> probes = new ArrayList<>();
            probes.add(onFx(() -> new Probe("10,000 by a line", small, false)));
            probes.add(onFx(() -> new Probe("100,000 by a line", large, false)));
            probes.add(onFx(() -> new Probe("10,000 by a page", small, true)));
            probes.add(onFx(() -> new Probe("100,000 by a page", large, true)));
            for (int r = 0; r < rounds; r++) {
                for (Probe p : probes) {
                    p.run(stage, WARMUP_FRAMES, false);
                    p.run(stage, perBlock, true);
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s | %8s %8s  (ms)%n", "configuration", "median", "p95",
                    "max", "layout", "render");
            for (Probe p : probes) {
                System.out.printf(Locale.ROOT, "%-22s %8.2f %8.2f %8.2f | %8.2f %8.2f  n=%d, %d chars drawn%n",
                        p.name, p.total.medianMs(), p.total.quantileMs(0.95), p.total.maxMs(), p.layout.medianMs(),
                        p.render.medianMs(), p.total.size(), p.chars);
            }
        } finally {
            Platform.exit();
        }
    }

    private static TokenTextModel model(int tokens) {
        TraceBuilder b = new TraceBuilder("scroll");
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < tokens; i++) {
            double peak = 0.3 + 0.69 * rnd.nextDouble();
            String word = rnd.nextInt(60) == 0 ? ".\n" : " " + "abcdefgh".substring(0, 1 + rnd.nextInt(8));
            b.addToken(word, (float) Math.log(peak));
            double p = peak;
            double rest = 1 - peak;
            for (int j = 0; j < 20; j++) {
                b.addAlternative("a" + j, (float) Math.log(p));
                rest *= 0.55;
                p = Math.min(p, rest);
            }
        }
        Trace trace = b.build();
        TraceSignals s = SignalCache.compute(trace, SignalOptions.defaults(), null);
        return TokenTextModel.of(TimelineData.of(s), s.entropy());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    /** One configuration: its scene, its view and its timings. */
    private static final class Probe {
        final String name;
        final Samples total = new Samples();
        final Samples layout = new Samples();
        final Samples render = new Samples();
        int chars;
        private final Scene scene;
        private final TokenTextView view = new TokenTextView();
        private final boolean page;
        private volatile long start;
        private volatile long laidOut;
        private volatile boolean inFlight;
        private volatile boolean recording;
        private volatile int remaining;
        private volatile CountDownLatch done = new CountDownLatch(0);
        private double direction = 1;

        Probe(String name, TokenTextModel model, boolean page) {
            this.name = name;
            this.page = page;
            scene = new Scene(view, 1600, 500);
            scene.addPostLayoutPulseListener(() -> {
                if (inFlight && laidOut == 0) {
                    laidOut = System.nanoTime();
                }
            });
            RenderedFrames.attach(scene).onRendered(this::rendered);
            view.modelProperty().set(model);
        }

        void run(Stage stage, int frames, boolean record) throws Exception {
            CountDownLatch latch = new CountDownLatch(1);
            done = latch;
            recording = record;
            remaining = frames;
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    tick();
                }
            };
            Platform.runLater(() -> {
                if (stage.getScene() != scene) {
                    stage.setScene(scene);
                    stage.show();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    view.canvas().scrollTo(Double.MAX_VALUE);
                    view.canvas().scrollTo(view.canvas().scrollTop() / 2);
                }
                timer.start();
            });
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + ": frames stopped arriving");
            }
            Platform.runLater(timer::stop);
        }

        private void tick() {
            if (inFlight || remaining <= 0) {
                return;
            }
            laidOut = 0;
            start = System.nanoTime();
            inFlight = true;
            direction = -direction;
            TokenCanvas c = view.canvas();
            double by = page ? c.getHeight() * 0.9 : 20;
            c.scrollTo(c.scrollTop() + direction * by);
        }

        private void rendered(long now) {
            if (!inFlight || laidOut == 0) {
                return;
            }
            if (recording) {
                total.add(now - start);
                layout.add(laidOut - start);
                render.add(now - laidOut);
                chars = view.visibleText().length();
            }
            inFlight = false;
            if (--remaining <= 0) {
                done.countDown();
            }
        }
    }
}
