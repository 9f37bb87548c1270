package dev.exitscope.analysis.signals;

import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;

/**
 * Per-token entropy in nats. Exact when the trace carries it. From top-k alternatives only, the estimate is
 * H ≈ −Σ p_i ln p_i − r ln(r / (V − k)) with tail mass r = 1 − Σ p_i spread uniformly over the V − k tokens the
 * server did not list (V = vocabulary size, {@code meta.extra.vocabSize}, default 152,064, Qwen2.5's); such values
 * are approximate. Stateless and thread-safe.
 */
public final class EntropyEstimator {
    /** Qwen2.5's vocabulary size, the default when a trace does not say. */
    public static final int DEFAULT_VOCAB = 152_064;

    private EntropyEstimator() {
    }

    /** Entropy at token {@code i}, NaN when neither exact entropy nor top-k is available. */
    public static double at(Trace t, int i, int vocab) {
        float exact = t.entropy(i);
        if (!Float.isNaN(exact)) {
            return exact;
        }
        TopK k = t.topK();
        if (k == null || k.count(i) == 0) {
            return Double.NaN;
        }
        int n = k.count(i);
        double h = 0;
        double mass = 0;
        for (int j = 0; j < n; j++) {
            double lp = k.logprob(i, j);
            if (Double.isNaN(lp)) {
                continue;
            }
            double p = Math.exp(lp);
            mass += p;
            if (p > 0) {
                h -= p * lp;
            }
        }
        double r = 1.0 - mass;
        int rest = vocab - n;
        if (r > 1e-12 && rest > 0) {
            h -= r * Math.log(r / rest);
        }
        return h;
    }

    /** Mean entropy over the trace's tokens that have a value, or NaN when none has. */
    public static double mean(Trace t) {
        int vocab = t.meta().vocabSize(DEFAULT_VOCAB);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.tokenCount(); i++) {
            double h = at(t, i, vocab);
            if (!Double.isNaN(h)) {
                sum += h;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
