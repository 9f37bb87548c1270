package dev.exitscope.analysis.policy.probes;

import java.util.Arrays;

/**
 * Class-conditional split-conformal calibration (LYNX, arXiv 2512.05325; farukakgul/LYNX). Scores are
 * {@code s_pos = 1 − p} on events whose forced answer was correct and {@code s_neg = p} on the others;
 * {@code q_c} is the {@code ⌈(n_c + 1)(1 − δ)⌉}-th smallest score of class c. When that rank exceeds n_c (too few
 * events, including none) the quantile is infinite in theory; it is stored as 1.0, the largest score possible,
 * so the class is always in the prediction set — with {@code qNeg = 1} LYNX never exits. Under exchangeability
 * of calibration and test events this gives, per event, P(exit | forced answer wrong) ≤ δ. Stateless.
 */
public final class LynxCalibrator {
    private LynxCalibrator() {
    }

    /** The thresholds for events with probe probabilities {@code p} and labels {@code correct}. */
    public static LynxCalibration calibrate(double[] p, boolean[] correct, double delta, String source) {
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
        return new LynxCalibration(delta, quantile(pos, delta), quantile(neg, delta), pos.length, neg.length,
                source);
    }

    /** The ⌈(n + 1)(1 − δ)⌉-th smallest score, or 1.0 when that rank exceeds n. */
    public static double quantile(double[] scores, double delta) {
        double[] s = scores.clone();
        Arrays.sort(s);
        long rank = (long) Math.ceil((s.length + 1) * (1 - delta) - 1e-9);
        if (rank > s.length) {
            return 1.0;
        }
        return s[(int) Math.max(1, rank) - 1];
    }
}
