package dev.exitscope.analysis.signals.redundancy;

/**
 * How redundancy is measured: a step is compared with the previous {@code window} steps ({@link #ANY_PREVIOUS},
 * 0, means every previous step), and it is redundant when its similarity reaches {@code threshold}.
 *
 * @param window    K in {@code sim_k = max_{j ∈ [k−K, k−1]} cos(e_j, e_k)}; 0 for all {@code j < k}
 * @param threshold τ in {@code redundant_k = sim_k ≥ τ}
 */
public record RedundancySettings(int window, double threshold) {
    /** The window value meaning "any previous step". */
    public static final int ANY_PREVIOUS = 0;
    /** PUMA's defaults: K = 1, τ = 0.35 (giovanni-vaccarino/PUMA). */
    public static final RedundancySettings PUMA = new RedundancySettings(1, 0.35);

    /** Checks the window is not negative and the threshold is a number. */
    public RedundancySettings {
        if (window < 0) {
            throw new IllegalArgumentException("window must be 0 (any previous step) or positive, was " + window);
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number");
        }
    }

    /** True when every previous step is compared. */
    public boolean anyPrevious() {
        return window == ANY_PREVIOUS;
    }

    /** Whether a similarity counts as redundant; NaN (the first step) never does. */
    public boolean isRedundant(double similarity) {
        return similarity >= threshold;
    }
}
