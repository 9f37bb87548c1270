package dev.exitscope.analysis.policy.eval;

/**
 * The exact (binomial) two-sided McNemar test on the discordant pairs of two paired classifiers: under the null
 * hypothesis each of the b + c discordant traces is a fair coin, so p = min(1, 2 · Σ_{i ≤ min(b, c)} C(b+c, i) /
 * 2^(b+c)), and p = 1 when there are no discordant pairs. Terms are summed in log space so that any count is
 * safe. Reference: McNemar 1947; the exact form as in Fagerland, Lydersen and Laake 2013. Stateless.
 */
public final class McNemar {
    private static final double LN2 = Math.log(2.0);

    private McNemar() {
    }

    /**
     * @param b pairs right under the first classifier and wrong under the second (right → wrong)
     * @param c pairs wrong under the first and right under the second (wrong → right)
     */
    public static double exactP(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + b + ", " + c);
        }
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(b, c);
        double logC = 0.0;
        double max = 0.0;
        double[] terms = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logC += Math.log((double) (n - i + 1) / i);
            }
            terms[i] = logC;
            max = Math.max(max, logC);
        }
        double sum = 0.0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        double logTail = max + Math.log(sum) - n * LN2;
        return Math.min(1.0, Math.exp(LN2 + logTail));
    }
}
