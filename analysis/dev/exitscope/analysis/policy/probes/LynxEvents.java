package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.cues.CueDetector;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects LYNX calibration events (probe probability p, whether the forced answer there was correct) from traces:
 * every {@code lynx} probe carrying both {@code p} and {@code correct}; and, at LYNX cue events whose prefix has no
 * such probe, the series {@code lynx} at the event token paired with the {@code forced} probe on the prefix before
 * it when that probe carries {@code correct}. Events lacking either half are left out. Not thread-safe.
 */
public final class LynxEvents {
    private double[] p = new double[64];
    private boolean[] correct = new boolean[64];
    private int size;

    /** Adds the events of one trace; returns how many it gave. */
    public int add(Trace trace) {
        int before = size;
        Set<Integer> covered = new HashSet<>();
        for (Probe probe : trace.probes()) {
            if (probe.kind().equals(LynxPolicy.KIND) && probe.p() != null && probe.correct() != null) {
                add(probe.p(), probe.correct());
                covered.add(probe.at());
            }
        }
        if (!trace.seriesNames().contains(LynxPolicy.SERIES)) {
            return size - before;
        }
        List<SignalEvent> events = IncrementalRunner.run(trace, List.of(CueDetector.defaults(CueRule.LYNX)));
        for (SignalEvent e : events) {
            if (!(e instanceof CueSeen) || !inThinking(trace, ((CueSeen) e).startChar()) || !covered.add(e.token())) {
                continue;
            }
            int token = e.token();
            float value = trace.series(LynxPolicy.SERIES, token);
            Probe forced = forcedAt(trace, token);
            if (!Float.isNaN(value) && forced != null && forced.correct() != null) {
                add(value, forced.correct());
            }
        }
        return size - before;
    }

    /** Whether a cue starting at char {@code startChar} lies before the first closing tag of the thinking. */
    private static boolean inThinking(Trace trace, int startChar) {
        int close = Math.min(indexOrMax(trace.text(), "</think>"), indexOrMax(trace.text(), "</Thought>"));
        return startChar < close;
    }

    private static int indexOrMax(String text, String tag) {
        int i = text.indexOf(tag);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Probe forcedAt(Trace trace, int at) {
        for (Probe probe : trace.probes()) {
            if (probe.kind().equals("forced") && probe.at() == at) {
                return probe;
            }
        }
        return null;
    }

    /** Adds one event. */
    public void add(double prob, boolean isCorrect) {
        if (size == p.length) {
            p = java.util.Arrays.copyOf(p, size * 2);
            correct = java.util.Arrays.copyOf(correct, size * 2);
        }
        p[size] = prob;
        correct[size] = isCorrect;
        size++;
    }

    public int size() {
        return size;
    }

    /** The strict thresholds for these events. */
    public LynxCalibration calibrate(double delta, String source) {
        return calibrate(delta, LynxRank.STRICT, source);
    }

    /** The thresholds for these events, the quantile ranked by {@code rank}. */
    public LynxCalibration calibrate(double delta, LynxRank rank, String source) {
        return LynxCalibrator.calibrate(java.util.Arrays.copyOf(p, size), java.util.Arrays.copyOf(correct, size),
                delta, rank, source);
    }
}
