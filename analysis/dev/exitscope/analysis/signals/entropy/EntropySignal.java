package dev.exitscope.analysis.signals.entropy;

import dev.exitscope.analysis.signals.Vocabulary;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.util.BitSet;

/**
 * Computes {@link EntropyColumns} for a trace: exact entropy where the source gave it; otherwise the top-k
 * estimate with bounds ({@link TopKEntropy}), flagged approximate; surprisal from the sampled token's logprob;
 * margin from the two most likely listed alternatives. Values at a token depend only on that token, so the
 * streaming form is the same computation applied as tokens arrive. Stateless; thread-safe.
 */
public final class EntropySignal {
    private EntropySignal() {
    }

    public static EntropyColumns compute(Trace t) {
        int n = t.tokenCount();
        int vocab = t.meta().vocabSize(Vocabulary.DEFAULT_VOCAB);
        float[] h = new float[n];
        float[] lo = new float[n];
        float[] hi = new float[n];
        float[] s = new float[n];
        float[] m = new float[n];
        BitSet approx = new BitSet(n);
        TopK k = t.topK();
        float[] row = new float[k == null ? 0 : Math.max(1, k.k())];
        double[] b = new double[3];
        for (int i = 0; i < n; i++) {
            float lp = t.logprob(i);
            s[i] = Float.isNaN(lp) ? Float.NaN : -lp;
            int c = k == null ? 0 : k.count(i);
            if (c > row.length) {
                row = new float[c];
            }
            if (c > 0) {
                k.logprobs(i, row);
            }
            m[i] = margin(row, c);
            float exact = t.entropy(i);
            if (!Float.isNaN(exact)) {
                h[i] = exact;
                lo[i] = exact;
                hi[i] = exact;
            } else if (c > 0) {
                TopKEntropy.bounds(row, c, vocab, b);
                h[i] = (float) b[0];
                lo[i] = (float) b[1];
                hi[i] = (float) b[2];
                approx.set(i);
            } else {
                h[i] = Float.NaN;
                lo[i] = Float.NaN;
                hi[i] = Float.NaN;
            }
        }
        return new EntropyColumns(h, lo, hi, s, m, approx);
    }

    /** p1 − p2 over the first {@code c} listed alternatives in {@code row}; NaN with fewer than two. */
    public static float margin(float[] row, int c) {
        if (c < 2) {
            return Float.NaN;
        }
        float a = Float.NEGATIVE_INFINITY;
        float b = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            float v = row[j];
            if (Float.isNaN(v)) {
                continue;
            }
            if (v > a) {
                b = a;
                a = v;
            } else if (v > b) {
                b = v;
            }
        }
        if (b == Float.NEGATIVE_INFINITY) {
            return Float.NaN;
        }
        return (float) (Math.exp(a) - Math.exp(b));
    }
}
