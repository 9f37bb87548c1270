package dev.exitscope.analysis.signals.redundancy;

import java.util.Arrays;

/**
 * Per-step redundancy of one trace: {@link #similarity(int)} is {@code sim_k} (NaN for step 0, which has no
 * previous step) and {@link #isRedundant(int)} is {@code sim_k ≥ τ}. Immutable; safe to share between threads.
 */
public final class RedundancyResult {
    private final double[] similarity;
    private final RedundancySettings settings;

    RedundancyResult(double[] similarity, RedundancySettings settings) {
        this.similarity = similarity;
        this.settings = settings;
    }

    /** The number of steps. */
    public int size() {
        return similarity.length;
    }

    /** {@code sim_k} of step {@code k}; NaN for step 0. */
    public double similarity(int k) {
        return similarity[k];
    }

    /** Whether step {@code k} is redundant ({@code sim_k ≥ τ}); never step 0. */
    public boolean isRedundant(int k) {
        return settings.isRedundant(similarity[k]);
    }

    /** A copy of every step's similarity. */
    public double[] similarities() {
        return similarity.clone();
    }

    /** The settings the values were computed with. */
    public RedundancySettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "RedundancyResult" + settings + Arrays.toString(similarity);
    }
}
