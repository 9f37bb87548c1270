package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.bench.FramePacer;
import dev.exitscope.bench.HeadlessFx;
import dev.exitscope.bench.Samples;
import dev.exitscope.bench.SyntheticTopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
        Stage stage = HeadlessFx.start();
        try {
            TokenTextModel small = model(10_000);
            TokenTextModel large = model(100_000);
            List<Probe> probes = new ArrayList<>();
            probes.add(HeadlessFx.onFx(() -> new Probe("10,000 by a line", small, false)));
            probes.add(HeadlessFx.onFx(() -> new Probe("100,000 by a line", large, false)));
            probes.add(HeadlessFx.onFx(() -> new Probe("10,000 by a page", small, true)));
            probes.add(HeadlessFx.onFx(() -> new Probe("100,000 by a page", large, true)));
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
            SyntheticTopK.addToken(b, word, peak);
        }
        Trace trace = b.build();
        TraceSignals s = SignalCache.compute(trace, SignalOptions.defaults(), null);
        return TokenTextModel.of(TimelineData.of(s), s.entropy());
    }


    /** One configuration: its scene, its view and its timings. A frame scrolls by a line or a page. */
    private static final class Probe extends FramePacer {
        final String name;
        final Samples total = new Samples();
        final Samples layout = new Samples();
        final Samples render = new Samples();
        int chars;
        private final TokenTextView view;
        private final boolean page;
        private volatile long laidOut;
        private double direction = 1;

        Probe(String name, TokenTextModel model, boolean page) {
            this(new TokenTextView(), name, model, page);
        }

        private Probe(TokenTextView view, String name, TokenTextModel model, boolean page) {
            super(new Scene(view, 1600, 500));
            this.view = view;
            this.name = name;
            this.page = page;
            view.getScene().addPostLayoutPulseListener(() -> {
                if (inFlight() && laidOut == 0) {
                    laidOut = System.nanoTime();
                }
            });
            attach();
            view.modelProperty().set(model);
        }

        @Override
        protected void shown() {
            view.canvas().scrollTo(Double.MAX_VALUE);
            view.canvas().scrollTo(view.canvas().scrollTop() / 2);
        }

        @Override
        protected void change() {
            laidOut = 0;
            direction = -direction;
            TokenCanvas c = view.canvas();
            double by = page ? c.getHeight() * 0.9 : 20;
            c.scrollTo(c.scrollTop() + direction * by);
        }

        @Override
        protected boolean drawn() {
            return laidOut != 0;
        }

        @Override
        protected void record(long start, long presented) {
            total.add(presented - start);
            layout.add(laidOut - start);
            render.add(presented - laidOut);
            chars = view.visibleText().length();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
