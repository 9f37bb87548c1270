package dev.exitscope.analysis.signals.entropy;

/**
 * Entropy of a next-token distribution known only through its k most likely tokens (natural log, nats).
 *
 * <p>With p_1 ≥ … ≥ p_k the listed probabilities and tail mass r = 1 − Σ p_i spread over the V − k unlisted
 * tokens, each of which is at most p_min = min p_i (the listed tokens are the most likely ones):
 * <ul>
 *   <li>H_k = −Σ p_i ln p_i, the entropy of the listed part;</li>
 *   <li>upper bound = estimate = H_k − r ln(r / (V − k)): the tail spread uniformly, which maximises its entropy
 *       (Rényi/Shannon: the uniform distribution has the largest entropy for a given support and mass);</li>
 *   <li>lower bound = H_k + the entropy of the tail packed as tightly as the cap allows: ⌊r / p_min⌋ tokens of
 *       p_min and one token holding the remainder (−q ln q is concave, so the minimum sits at this vertex).</li>
 * </ul>
 * The uniform-tail estimate is ExitScope's reconstruction for replaying RPDI (arXiv 2603.14251), which needs the
 * full-vocabulary entropy, from top-k rows. Stateless.
 */
public final class TopKEntropy {
    private TopKEntropy() {
    }

    /**
     * Writes {estimate, lower, upper} for the listed log-probabilities into {@code out}.
     *
     * @param logprobs the k listed log-probabilities (any order; NaN entries are ignored)
     * @param n        how many entries of {@code logprobs} to use
     * @param vocab    the vocabulary size V
     */
    public static void bounds(float[] logprobs, int n, int vocab, double[] out) {
        double hk = 0;
        double mass = 0;
        double pmin = Double.POSITIVE_INFINITY;
        int listed = 0;
        for (int j = 0; j < n; j++) {
            double lp = logprobs[j];
            if (Double.isNaN(lp)) {
                continue;
            }
            double p = Math.exp(lp);
            listed++;
            mass += p;
            if (p > 0) {
                hk -= p * lp;
            }
            pmin = Math.min(pmin, p);
        }
        double r = Math.max(0.0, 1.0 - mass);
        int rest = vocab - listed;
        if (r <= 1e-12 || rest <= 0 || listed == 0) {
            out[0] = hk;
            out[1] = hk;
            out[2] = hk;
            return;
        }
        double upper = hk - r * Math.log(r / rest);
        out[0] = upper;
        out[2] = upper;
        out[1] = hk + packedTail(r, pmin, rest);
    }

    /** Smallest entropy of mass {@code r} over at most {@code slots} tokens of probability at most {@code cap}. */
    static double packedTail(double r, double cap, int slots) {
        if (cap <= 0) {
            return 0;
        }
        double full = Math.floor(r / cap);
        if (full >= slots) {
            double q = r / slots;
            return -r * Math.log(q);
        }
        double h = full > 0 ? -full * cap * Math.log(cap) : 0;
        double rem = r - full * cap;
        if (rem > 1e-15) {
            h -= rem * Math.log(rem);
        }
        return h;
    }
}
