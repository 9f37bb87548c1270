package dev.exitscope.analysis.signals.redundancy;

import java.util.List;

/**
 * PUMA's step redundancy (arXiv 2605.17672): with {@code e_k} the sentence vector of step {@code k},
 * <pre>
 *   sim_k = max_{j ∈ [max(0, k−K), k−1]} cos(e_j, e_k)      (K = 0: over all j &lt; k)
 *   redundant_k = sim_k ≥ τ                                  (K = 1, τ = 0.35 in PUMA)
 * </pre>
 * Step 0 has no previous step: {@code sim_0 = NaN}, never redundant. PUMA's own vectors come from a fine-tuned
 * Qwen3-Embedding-0.6B; here any {@link TextEmbedder} serves, so τ tuned for one embedder need not suit another.
 *
 * <p>{@link #compute(List)} embeds all steps in one batch; {@link #incremental()} follows a trace step by step for
 * policies. Wrap the embedder in a {@link CachingEmbedder} to embed each text only once. Immutable and
 * thread-safe when its embedder is.
 */
public final class RedundancyCalculator {
    private final TextEmbedder embedder;
    private final RedundancySettings settings;

    /** A calculator with PUMA's settings (K = 1, τ = 0.35). */
    public RedundancyCalculator(TextEmbedder embedder) {
        this(embedder, RedundancySettings.PUMA);
    }

    /** A calculator with the given window and threshold. */
    public RedundancyCalculator(TextEmbedder embedder, RedundancySettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** The embedder steps go through. */
    public TextEmbedder embedder() {
        return embedder;
    }

    /** The window and threshold. */
    public RedundancySettings settings() {
        return settings;
    }

    /** Redundancy of every step of a trace, given the steps' texts in order. */
    public RedundancyResult compute(List<String> stepTexts) {
        return fromVectors(embedder.embed(stepTexts), settings);
    }

    /** A fresh step-by-step follower of one trace. */
    public IncrementalRedundancy incremental() {
        return new IncrementalRedundancy(embedder, settings);
    }

    /** Redundancy from step vectors already computed. */
    public static RedundancyResult fromVectors(float[][] vectors, RedundancySettings settings) {
        double[] sim = new double[vectors.length];
        for (int k = 0; k < vectors.length; k++) {
            int first = settings.anyPrevious() ? 0 : Math.max(0, k - settings.window());
            double best = Double.NaN;
            for (int j = first; j < k; j++) {
                double c = cosine(vectors[j], vectors[k]);
                if (Double.isNaN(best) || c > best) {
                    best = c;
                }
            }
            sim[k] = best;
        }
        return new RedundancyResult(sim, settings);
    }

    /**
     * Cosine similarity {@code a·b / (‖a‖ ‖b‖)}, accumulated in double; 0 when either vector is all zeros.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return dot / Math.sqrt(na * nb);
    }
}
