package dev.exitscope.analysis.policy.probes;

import java.util.Arrays;

/**
 * Class-conditional split-conformal calibration (LYNX, arXiv 2512.05325; farukakgul/LYNX {@code lynx/utils.py}
 * {@code conformal_quantile}, {@code lynx/calibrate_conformal.py}). Scores are {@code s_pos = 1 − p} on events whose
 * forced answer was correct and {@code s_neg = p} on the others; {@code q_c} is the
 * {@code ⌈(n_c + 1)(1 − δ)⌉}-th smallest score of class c; that rank is at least 1 for every δ below 1, so δ close to
 * 1 gives the smallest score of the class. When the rank exceeds n_c (too few events, including none) {@link
 * LynxRank} decides: {@link LynxRank#STRICT} (the default) stores 1.0, the largest score possible, so
 * the class is always in the prediction set — with {@code qNeg = 1} LYNX never exits; {@link LynxRank#AUTHORS}
 * clamps the rank to n_c as LYNX does. Under exchangeability of calibration and test events the strict thresholds
 * give, per event, P(exit | forced answer wrong) ≤ δ. Stateless.
 */
public final class LynxCalibrator {
    private LynxCalibrator() {
    }

    /** The strict thresholds for events with probe probabilities {@code p} and labels {@code correct}. */
    public static LynxCalibration calibrate(double[] p, boolean[] correct, double delta, String source) {
        return calibrate(p, correct, delta, LynxRank.STRICT, source);
    }

    /** The thresholds for events with probe probabilities {@code p} and labels {@code correct}, ranked by rank. */
    public static LynxCalibration calibrate(double[] p, boolean[] correct, double delta, LynxRank rank,
            String source) {
        if (p.length != correct.length) {
            throw new IllegalArgumentException("probabilities and labels differ in number");
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        int nPos = 0;
        for (boolean c : correct) {
            nPos += c ? 1 : 0;
        }
        double[] pos = new double[nPos];
        double[] neg = new double[p.length - nPos];
        int a = 0;
        int b = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("event " + i + ": p must be in [0, 1], got " + p[i]);
            }
            if (correct[i]) {
                pos[a++] = 1 - p[i];
            } else {
                neg[b++] = p[i];
            }
        }
        return new LynxCalibration(delta, quantile(pos, delta, rank), quantile(neg, delta, rank), pos.length,
                neg.length, rank, source);
    }

    /** The ⌈(n + 1)(1 − δ)⌉-th smallest score, or 1.0 when that rank exceeds n ({@link LynxRank#STRICT}). */
    public static double quantile(double[] scores, double delta) {
        return quantile(scores, delta, LynxRank.STRICT);
    }

    /**
     * The ⌈(n + 1)(1 − δ)⌉-th smallest score (the product taken with a 1e-9 tolerance, so that binary rounding of
     * 1 − δ cannot raise the rank by one; a rank the tolerance brings to 0, for δ within about 1e-9 / (n + 1) of 1,
     * is taken as 1, the rank every δ below 1 has without it). When that rank exceeds n: 1.0 under {@link
     * LynxRank#STRICT}, the largest score under {@link LynxRank#AUTHORS}. No scores: 1.0.
     */
    public static double quantile(double[] scores, double delta, LynxRank mode) {
        if (scores.length == 0) {
            return 1.0;
        }
        double[] s = scores.clone();
        Arrays.sort(s);
        long rank = (long) Math.ceil((s.length + 1) * (1 - delta) - 1e-9);
        if (rank > s.length) {
            return mode == LynxRank.STRICT ? 1.0 : s[s.length - 1];
        }
        return s[(int) Math.max(1, rank) - 1];
    }
}
