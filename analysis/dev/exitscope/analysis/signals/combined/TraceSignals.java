package dev.exitscope.analysis.signals.combined;

import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.candidates.TextSignals;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import dev.exitscope.analysis.signals.steps.Step;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every signal of one trace: per-token entropy columns, the text signals (steps, cues, candidates, trajectory,
 * consistency), path deviation at boundary tokens, and step redundancy (null when no embedder was given).
 * Immutable and thread-safe; {@link SignalCache} hands out one per trace and options.
 */
public final class TraceSignals {
    private final Trace trace;
    private final SignalOptions options;
    private final EntropyColumns entropy;
    private final TextSignals text;
    private final List<BoundaryValue> rpdi;
    private final float[] rpdiByToken;
    private final @Nullable RedundancyResult redundancy;
    private final @Nullable String embedderId;

    TraceSignals(Trace trace, SignalOptions options, EntropyColumns entropy, TextSignals text,
                 List<BoundaryValue> rpdi, @Nullable RedundancyResult redundancy, @Nullable String embedderId) {
        this.trace = trace;
        this.options = options;
        this.entropy = entropy;
        this.text = text;
        this.rpdi = List.copyOf(rpdi);
        this.rpdiByToken = new float[trace.tokenCount()];
        java.util.Arrays.fill(rpdiByToken, Float.NaN);
        for (BoundaryValue v : rpdi) {
            rpdiByToken[v.token()] = (float) v.value();
        }
        this.redundancy = redundancy;
        this.embedderId = embedderId;
    }

    public Trace trace() {
        return trace;
    }

    public SignalOptions options() {
        return options;
    }

    public EntropyColumns entropy() {
        return entropy;
    }

    public TextSignals text() {
        return text;
    }

    public List<Step> steps() {
        return text.steps();
    }

    /** Path deviation values in token order, one per evaluated boundary token. */
    public List<BoundaryValue> rpdi() {
        return rpdi;
    }

    /** Path deviation at token {@code i}; NaN where it was not evaluated. */
    public float rpdiAt(int i) {
        return rpdiByToken[i];
    }

    /** The largest path deviation value, or NaN when none was evaluated. */
    public double rpdiMax() {
        double m = Double.NaN;
        for (BoundaryValue v : rpdi) {
            m = Double.isNaN(m) ? v.value() : Math.max(m, v.value());
        }
        return m;
    }

    /** Step redundancy (one value per step), or null when computed without an embedder. */
    public @Nullable RedundancyResult redundancy() {
        return redundancy;
    }

    /** The embedder that produced {@link #redundancy()}, or null. */
    public @Nullable String embedderId() {
        return embedderId;
    }

    /** Index of the step holding token {@code i}, or -1 past the steps (thinking-only runs). */
    public int stepOf(int i) {
        List<Step> s = text.steps();
        int lo = 0;
        int hi = s.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Step st = s.get(mid);
            if (i < st.start()) {
                hi = mid - 1;
            } else if (i >= st.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
