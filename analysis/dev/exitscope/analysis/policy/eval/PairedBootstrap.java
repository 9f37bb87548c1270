package dev.exitscope.analysis.policy.eval;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Paired bootstrap over traces (Efron and Tibshirani 1993, ch. 13; percentile intervals): each resample draws the
 * replayable traces of one configuration with replacement, and both statistics are recomputed on the same draw,
 * keeping each trace's policy and full-run outcomes paired. Statistics: corpus savings 1 − ΣU ÷ ΣL, and
 * Δ accuracy = (Σ correct − Σ correctFull) ÷ (traces with gold in the resample). A resample in which a statistic is
 * undefined (ΣL = 0, no gold drawn) is skipped for that statistic. The interval is the 2.5th and 97.5th percentile
 * of the resampled values (linear interpolation between order statistics). Draws come from a
 * {@link SplittableRandom} seeded with the caller's seed, so results are reproducible. Stateless.
 */
public final class PairedBootstrap {
    /** Resamples per interval. */
    public static final int RESAMPLES = 2000;
    /** Two-sided coverage. */
    public static final double LEVEL = 0.95;

    private PairedBootstrap() {
    }

    /** The two intervals; each null when its statistic is undefined on every resample (or there are no rows). */
    public record Result(@Nullable Interval savings, @Nullable Interval deltaAccuracy) {
    }

    static Result run(Columns c, long seed, int resamples) {
        if (c.size == 0) {
            return new Result(null, null);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] savings = new double[resamples];
        double[] delta = new double[resamples];
        int ns = 0;
        int nd = 0;
        int n = c.size;
        for (int b = 0; b < resamples; b++) {
            long used = 0;
            long total = 0;
            int golds = 0;
            int diff = 0;
            for (int j = 0; j < n; j++) {
                int i = rnd.nextInt(n);
                used += c.used[i];
                total += c.total[i];
                if (c.gold[i]) {
                    golds++;
                    diff += c.correct[i] - c.full[i];
                }
            }
            if (total > 0) {
                savings[ns++] = 1.0 - (double) used / total;
            }
            if (golds > 0) {
                delta[nd++] = (double) diff / golds;
            }
        }
        return new Result(percentiles(savings, ns), percentiles(delta, nd));
    }

    /**
     * {@link #run} from precomputed draws: {@code counts[b · n + i]} is how often resample b drew row i, as the
     * generator seeded like {@link #run}'s draws them. The sums are integers, so the order of addition does not
     * matter and the intervals are exactly those of {@link #run}.
     */
    static Result run(Columns c, int[] counts, int resamples) {
        int n = c.size;
        if (n == 0) {
            return new Result(null, null);
        }
        double[] savings = new double[resamples];
        double[] delta = new double[resamples];
        int ns = 0;
        int nd = 0;
        for (int b = 0, base = 0; b < resamples; b++, base += n) {
            long used = 0;
            long total = 0;
            int golds = 0;
            int diff = 0;
            for (int i = 0; i < n; i++) {
                int k = counts[base + i];
                if (k != 0) {
                    used += (long) k * c.used[i];
                    total += (long) k * c.total[i];
                    if (c.gold[i]) {
                        golds += k;
                        diff += k * (c.correct[i] - c.full[i]);
                    }
                }
            }
            if (total > 0) {
                savings[ns++] = 1.0 - (double) used / total;
            }
            if (golds > 0) {
                delta[nd++] = (double) diff / golds;
            }
        }
        return new Result(percentiles(savings, ns), percentiles(delta, nd));
    }

    /** The draws of {@link #run} for {@code n} rows as counts per resample and row ({@code resamples × n}). */
    static int[] counts(int n, long seed, int resamples) {
        int[] counts = new int[Math.multiplyExact(resamples, n)];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int b = 0, base = 0; b < resamples; b++, base += n) {
            for (int j = 0; j < n; j++) {
                counts[base + rnd.nextInt(n)]++;
            }
        }
        return counts;
    }

    private static @Nullable Interval percentiles(double[] values, int count) {
        if (count == 0) {
            return null;
        }
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        double tail = (1.0 - LEVEL) / 2.0;
        return new Interval(quantile(v, tail), quantile(v, 1.0 - tail));
    }

    /** Quantile {@code p} of sorted {@code v} with linear interpolation (Hyndman and Fan type 7). */
    static double quantile(double[] v, double p) {
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
