package dev.exitscope.bench;

import dev.exitscope.analysis.trace.TraceBuilder;

/** The per-token logprobs of the synthetic benchmark traces. */
public final class SyntheticTopK {
    private SyntheticTopK() {
    }

    /**
     * Fills {@code lp} with descending log-probabilities that sum to at most 1 in probability: the first is
     * {@code peak}, each next one at most 0.55 × what the previous ones left.
     */
    public static void fill(float[] lp, double peak) {
        double rest = 1 - peak;
        double p = peak;
        for (int j = 0; j < lp.length; j++) {
            lp[j] = (float) Math.log(p);
            rest *= 0.55;
            p = Math.min(p, rest);
        }
    }

    /** Adds a token sampled with probability {@code peak} and a top-20 of alternatives {@code a0 … a19}. */
    public static void addToken(TraceBuilder b, String text, double peak) {
        float[] lp = new float[20];
        fill(lp, peak);
        b.addToken(text, (float) Math.log(peak));
        for (int j = 0; j < lp.length; j++) {
            b.addAlternative("a" + j, lp[j]);
        }
    }
}
