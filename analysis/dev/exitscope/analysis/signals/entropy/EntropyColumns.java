package dev.exitscope.analysis.signals.entropy;

import java.util.BitSet;

/**
 * Per-token uncertainty of one trace, as parallel columns (NaN where unknown): entropy (exact, or the top-k
 * estimate), its lower and upper bounds (equal to the value when exact), surprisal −logprob, and top-1 margin
 * p1 − p2. {@link #approximate(int)} tells which entropies are estimates. Immutable; thread-safe.
 */
public final class EntropyColumns {
    private final float[] entropy;
    private final float[] lower;
    private final float[] upper;
    private final float[] surprisal;
    private final float[] margin;
    private final BitSet approximate;

    EntropyColumns(float[] entropy, float[] lower, float[] upper, float[] surprisal, float[] margin,
                   BitSet approximate) {
        this.entropy = entropy;
        this.lower = lower;
        this.upper = upper;
        this.surprisal = surprisal;
        this.margin = margin;
        this.approximate = approximate;
    }

    public int size() {
        return entropy.length;
    }

    public float entropy(int i) {
        return entropy[i];
    }

    public float lower(int i) {
        return lower[i];
    }

    public float upper(int i) {
        return upper[i];
    }

    public float surprisal(int i) {
        return surprisal[i];
    }

    public float margin(int i) {
        return margin[i];
    }

    /** Whether token {@code i}'s entropy is an estimate from top-k rather than exact. */
    public boolean approximate(int i) {
        return approximate.get(i);
    }

    /** Whether any token's entropy is an estimate. */
    public boolean anyApproximate() {
        return !approximate.isEmpty();
    }

    /** Whether any token has an entropy value. */
    public boolean hasEntropy() {
        for (float f : entropy) {
            if (!Float.isNaN(f)) {
                return true;
            }
        }
        return false;
    }

    public float[] entropyCopy() {
        return entropy.clone();
    }

    /** Mean entropy over the tokens that have one; NaN when none has. */
    public double meanEntropy() {
        double s = 0;
        int n = 0;
        for (float f : entropy) {
            if (!Float.isNaN(f)) {
                s += f;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
