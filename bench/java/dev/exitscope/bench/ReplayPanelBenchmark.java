package dev.exitscope.bench;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.views.playback.PlaybackViewModel;
import dev.exitscope.views.replay.PolicyChoice;
import dev.exitscope.views.replay.ReplayViewModel;
import dev.exitscope.views.timeline.ExitFlag;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextModel;
import dev.exitscope.views.tokentext.TokenTextView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Replay in the window on a synthetic 100,000-token trace with top-20 logprobs, {@code harm}, {@code eot} and
 * {@code lynx} series and probes of every kind, every replayable policy enabled: (1) how long a parameter change
 * takes to reach the screen — the changed configuration replayed on the worker, handed to the FX thread, and the
 * timeline's next frame drawn; (2) the frame times of playback at 2,000 tokens per second, a frame being the clock's
 * tick, the timeline's frame and the token text's layout and paint. A main class, not JMH: the FX thread cannot be
 * driven from a benchmark thread. Arguments: changes (default 40), playback frames (default 300);
 * {@code -Dbench.noPlayhead=true} leaves the part after the play head undimmed.
 */
public final class ReplayPanelBenchmark {
    private static final int TOKENS = 100_000;
    private static final long FRAME_NANOS = 16_666_667L;

    private ReplayPanelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Stage stage = HeadlessFx.start();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            long t0 = System.nanoTime();
            Trace trace = trace();
            TraceSignals signals = SignalCache.compute(trace, SignalOptions.defaults(), null);
            TimelineData data = TimelineData.of(signals);
            TokenTextModel text = TokenTextModel.of(data, signals.entropy());
            System.out.printf(Locale.ROOT, "trace, signals and views' models: %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            ReplayViewModel replay = new ReplayViewModel(PolicyCatalog.standard(), AnswerCost.RECORDED, worker,
                    Platform::runLater);
            TimelineView timeline = HeadlessFx.onFx(() -> {
                TimelineView v = new TimelineView();
                TokenTextView t = new TokenTextView();
                stage.setScene(new Scene(new VBox(v, t), 1600, 1000));
                stage.show();
                v.exitsProperty().bind(replay.flagsProperty());
                v.thresholdsProperty().bind(replay.thresholdsProperty());
                v.dataProperty().set(data);
                t.modelProperty().set(text);
                replay.traceProperty().set(trace);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                v.drawIfDirty();
                return v;
            });
            TokenTextView tokenText = (TokenTextView) ((VBox) timeline.getParent()).getChildren().get(1);
            System.out.printf(Locale.ROOT, "timeline %.0f × %.0f px, token text %.0f × %.0f px%n",
                    timeline.getWidth(), timeline.getHeight(), tokenText.getWidth(), tokenText.getHeight());
            enableAll(replay);
            measureChanges(replay, timeline, changes);
            measurePlayback(replay, timeline, tokenText, frames);
        } finally {
            worker.shutdownNow();
            Platform.exit();
        }
    }

    private static void enableAll(ReplayViewModel replay) throws Exception {
        long t0 = System.nanoTime();
        CountDownLatch done = new CountDownLatch(1);
        HeadlessFx.onFx(() -> {
            for (PolicyChoice c : replay.choices()) {
                javafx.beans.InvalidationListener check = o -> {
                    if (replay.choices().stream().allMatch(x -> x.resultProperty().get() != null
                            || x.problemProperty().get() != null)) {
                        done.countDown();
                    }
                };
                c.resultProperty().addListener(check);
                c.problemProperty().addListener(check);
                c.enabledProperty().set(true);
            }
            return null;
        });
        if (!done.await(600, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the replays did not finish");
        }
        int exits = HeadlessFx.onFx(() -> replay.flagsProperty().get().size());
        System.out.printf(Locale.ROOT, "%d configurations replayed in %.2f s; %d exit flags%n",
                replay.choices().size(), (System.nanoTime() - t0) / 1e9, exits);
        HeadlessFx.onFx(() -> {
            for (PolicyChoice c : replay.choices()) {
                ReplayResult r = c.resultProperty().get();
                System.out.printf(Locale.ROOT, "  %-18s %s%n", c.name(), r == null ? "refused: "
                        + c.problemProperty().get() : !r.replayable()
                        ? "needs " + r.needs() : r.exitToken() == null ? "no exit" : "exit " + r.exitToken());
            }
            return null;
        });
    }

    /** Sets budget's tokens to a new value and times until the frame showing its new flag is drawn. */
    private static void measureChanges(ReplayViewModel replay, TimelineView timeline, int changes) throws Exception {
        double[] ms = new double[changes];
        PolicyChoice budget = replay.choice("budget");
        for (int i = 0; i < changes; i++) {
            int tokens = 20_000 + 997 * i;
            CountDownLatch drawn = new CountDownLatch(1);
            long[] start = new long[1];
            long[] end = new long[1];
            HeadlessFx.onFx(() -> {
                javafx.beans.InvalidationListener[] l = new javafx.beans.InvalidationListener[1];
                l[0] = o -> {
                    for (ExitFlag f : replay.flagsProperty().get()) {
                        if (f.token() == tokens && f.label().startsWith("budget")) {
                            replay.flagsProperty().removeListener(l[0]);
                            timeline.drawIfDirty();
                            end[0] = System.nanoTime();
                            drawn.countDown();
                            return;
                        }
                    }
                };
                replay.flagsProperty().addListener(l[0]);
                start[0] = System.nanoTime();
                budget.set("tokens", Integer.toString(tokens));
                return null;
            });
            if (!drawn.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the change to " + tokens + " never reached the timeline");
            }
            ms[i] = (end[0] - start[0]) / 1e6;
        }
        report("parameter change → replay → frame", ms);
    }

    /** Plays at 2,000 tokens a second, one frame per 60 Hz tick, and times each frame on the FX thread. */
    private static void measurePlayback(ReplayViewModel replay, TimelineView timeline, TokenTextView tokenText,
                                        int frames) throws Exception {
        PlaybackViewModel playback = new PlaybackViewModel();
        double[] ms = new double[frames];
        double[] timelineMs = new double[frames];
        double[] textMs = new double[frames];
        HeadlessFx.onFx(() -> {
            timeline.exitsProperty().unbind();
            playback.load(TOKENS);
            playback.speedProperty().set(2000);
            if (!Boolean.getBoolean("bench.noPlayhead")) {
                timeline.playheadProperty().bind(playback.positionProperty());
            }
            tokenText.hideFromProperty().bind(playback.positionProperty());
            playback.play();
            playback.tick(0);
            return null;
        });
        List<ExitFlag> all = HeadlessFx.onFx(() -> replay.flagsProperty().get());
        for (int f = 0; f < frames; f++) {
            long now = (f + 1) * FRAME_NANOS;
            int frame = f;
            ms[f] = HeadlessFx.onFx(() -> {
                long a = System.nanoTime();
                playback.tick(now);
                int p = playback.positionProperty().get();
                List<ExitFlag> shown = new ArrayList<>();
                for (ExitFlag x : all) {
                    if (x.token() <= p) {
                        shown.add(x);
                    }
                }
                timeline.exitsProperty().set(shown);
                timeline.viewportProperty().set(timeline.viewportProperty().get().reveal(Math.max(0, p - 1)));
                tokenText.revealToken(Math.max(0, p - 1));
                long b = System.nanoTime();
                timeline.drawIfDirty();
                long c = System.nanoTime();
                tokenText.applyCss();
                tokenText.layout();
                long d = System.nanoTime();
                timelineMs[frame] = (c - b) / 1e6;
                textMs[frame] = (d - c) / 1e6;
                return (d - a) / 1e6;
            });
        }
        report("playback frame at 2,000 tok/s", ms);
        report("  of which the timeline's frame", timelineMs);
        report("  of which the token text", textMs);
        System.out.printf(Locale.ROOT, "played %,d tokens in %d frames%n",
                HeadlessFx.onFx(() -> playback.positionProperty().get()), frames);
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-36s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (n=%d)%n", what,
                s[s.length / 2], s[(int) Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)], s[s.length - 1],
                s.length);
    }

    /**
     * 100,000 tokens with top-20 (seed 5): thinking closed at 95,000, "Wait" every ~500 tokens, the series harm, eot
     * and lynx, and a probe of each kind every 1,000 tokens.
     */
    static Trace trace() {
        TraceBuilder b = new TraceBuilder("replay-bench");
        SplittableRandom rnd = new SplittableRandom(5);
        String[] words = {" the", " so", ",", " x", " =", " 4", ".", "\n\n", " check", " then"};
        SyntheticTopK.addToken(b, "<think>", 0.99);
        for (int i = 1; i < TOKENS; i++) {
            String w = i == 95_000 ? "</think>" : i % 500 == 250 ? " Wait" : words[rnd.nextInt(words.length)];
            SyntheticTopK.addToken(b, w, 0.3 + 0.69 * rnd.nextDouble());
        }
        float[] harm = new float[TOKENS];
        float[] eot = new float[TOKENS];
        float[] lynx = new float[TOKENS];
        for (int i = 0; i < TOKENS; i++) {
            harm[i] = (float) (rnd.nextDouble() * (i > 80_000 ? 1 : 0.4));
            eot[i] = (float) (rnd.nextDouble() * 0.05);
            lynx[i] = (float) rnd.nextDouble();
        }
        b.series("harm", harm).series("eot", eot).series("lynx", lynx);
        for (int at = 250; at < 95_000; at += 1000) {
            double c = 0.5 + 0.5 * rnd.nextDouble();
            List<ProbeToken> out = List.of(new ProbeToken("{", 0f), new ProbeToken("4", (float) Math.log(c)),
                    new ProbeToken("}", 0f));
            for (String kind : Probe.KINDS) {
                b.probe(new Probe(kind, at, "4", c, "{4}", out, null, c));
            }
        }
        return b.build();
    }
}
