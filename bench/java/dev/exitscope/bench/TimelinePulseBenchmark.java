package dev.exitscope.bench;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Timeline frames as a pulse really makes them, headless (Monocle, software rendering), unlike
 * {@link TimelineFrameBenchmark} which renders with {@code Scene.snapshot}. A shown 1600 × 420 stage holds the
 * timeline; a {@code javafx.animation.AnimationTimer} (the first thing a pulse runs) pans the viewport by one pixel
 * (when fitted, where a pan changes nothing and so draws nothing, it moves the selected token instead: the same full
 * redraw), and the frame's time runs from that change until the render thread has presented the pulse's frame
 * ({@link RenderedFrames}). In between: the view's property listeners, CSS and layout, the view's post-layout
 * listener drawing the lanes into the canvas, the scene-graph sync, and the render job (canvas command buffer
 * replayed into its texture, scene painted and presented). A new frame waits until the previous one is presented, so
 * frames never overlap. The configurations run in interleaved blocks so that load from other processes falls on all
 * of them alike; extra rows leave one kind of mark out, or merge marks per pixel column, to attribute the cost. Not
 * JMH: a pulse cannot be driven from a benchmark thread.
 *
 * <p>Usage: {@code TimelinePulseBenchmark [framesPerBlock=100] [rounds=5]}.
 */
public final class TimelinePulseBenchmark {
    private static final int WARMUP_FRAMES = 30;
    /** Plot width of the 1600 px view: the 150 px title margin and an 8 px right gap taken off. */
    private static final double PLOT = 1600 - 150 - 8;

    private TimelinePulseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perBlock = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Stage stage = HeadlessFx.start();
        try {
            measure(stage, perBlock, rounds);
        } finally {
            Platform.exit();
        }
    }

    private static void measure(Stage stage, int perBlock, int rounds) throws Exception {
        TimelineData small = data(10_000);
        TimelineData large = data(100_000);
        describe(small);
        describe(large);
        List<TimelinePulseProbe> probes = new ArrayList<>();
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("no trace (pulse floor)", null, 0, null)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("10,000 fit", small, 0, null)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 fit", large, 0, null)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("10,000 8px", small, 8, null)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 8px", large, 8, null)));
        // what the fitted 100k frame spends its time on: each row leaves one kind of mark out
        List<String> noRpdi = new ArrayList<>(TimelineData.DEFAULT_LANES);
        noRpdi.remove("rpdi");
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 fit, no lanes", large, 0, List.of())));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 fit, no rpdi lane", large, 0, noRpdi)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 fit, no cues", withoutCues(large), 0, null)));
        // marks merged per pixel column, as a renderer that merged them would draw
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("10,000 fit, merged marks",
                PerPixelMarks.thin(small, PLOT), 0, null)));
        probes.add(HeadlessFx.onFx(() -> new TimelinePulseProbe("100,000 fit, merged marks",
                PerPixelMarks.thin(large, PLOT), 0, null)));
        for (int r = 0; r < rounds; r++) {
            for (TimelinePulseProbe p : probes) {
                p.run(stage, WARMUP_FRAMES, false);
                p.run(stage, perBlock, true);
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s | %8s %8s %8s  (ms)%n", "configuration",
                "median", "p95", "max", "to-draw", "draw", "render");
        for (TimelinePulseProbe p : probes) {
            System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f  n=%d, lanes drawn %d%n",
                    p.name, p.total.medianMs(), p.total.quantileMs(0.95), p.total.maxMs(), p.toDraw.medianMs(),
                    p.draw.medianMs(), p.render.medianMs(), p.total.size(), p.drawn);
        }
        ratio(probes.get(2), probes.get(1));
        ratio(probes.get(4), probes.get(3));
        ratio(probes.get(9), probes.get(8));
    }

    private static void describe(TimelineData d) {
        int points = 0;
        for (Lane lane : d.lanes()) {
            points += lane.pointTokens() == null ? 0 : lane.pointTokens().length;
        }
        System.out.printf(Locale.ROOT, "%,d tokens: %,d steps, %,d cues, %,d candidates, %,d lane points%n",
                d.trace().tokenCount(), d.stepStarts().length, d.cueTokens().length, d.candidateTokens().length,
                points);
    }

    private static TimelineData withoutCues(TimelineData d) {
        return new TimelineData(d.trace(), d.lanes(), d.stepStarts(), d.stepEnds(), d.stepTypes(), new int[0],
                d.candidateTokens(), d.candidateAnswers(), d.candidateState(), d.firstCorrect(), d.thinkEnd());
    }

    private static void ratio(TimelinePulseProbe large, TimelinePulseProbe small) {
        System.out.printf(Locale.ROOT, "%s / %s: median %.2f×, p95 %.2f×%n", large.name, small.name,
                large.total.medianMs() / small.total.medianMs(),
                large.total.quantileMs(0.95) / small.total.quantileMs(0.95));
    }


    /** The synthetic trace of both timeline benchmarks: top-20 per token, seed 3, steps every ~10 tokens. */
    static TimelineData data(int tokens) {
        TraceBuilder b = new TraceBuilder("bench");
        SplittableRandom rnd = new SplittableRandom(3);
        String[] words = {" the", " wait", ",", " so", " x", " =", " 4", ".", "\n\n", " check"};
        for (int i = 0; i < tokens; i++) {
            double peak = 0.3 + 0.69 * rnd.nextDouble();
            SyntheticTopK.addToken(b, words[rnd.nextInt(words.length)], peak);
        }
        Trace trace = b.build();
        return TimelineData.of(SignalCache.compute(trace, SignalOptions.defaults(), null));
    }
}
