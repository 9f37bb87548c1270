package dev.exitscope.analysis.signals.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test of {@link TopKEntropy#bounds}: for random top-k rows and random ways to complete each row into a
 * full distribution over V tokens (the unlisted tokens share the tail mass r = 1 − Σ p_i, none above the smallest
 * listed p), the completion's entropy lies within [lower, upper]; and the two bounds are attained, by the packed
 * completion (⌊r / p_min⌋ tokens of p_min and one of the remainder) and by the uniform one. Each seed is one
 * reproducible case set.
 */
class TopKEntropyBoundsTest {
    private static final double EPS = 1e-9;
    private static final int ROWS_PER_SEED = 200;
    private static final int COMPLETIONS_PER_ROW = 8;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCompletionOfARandomRowLiesWithinTheBounds(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int remainderRows = 0;
        for (int row = 0; row < ROWS_PER_SEED; row++) {
            int k = 1 + rnd.nextInt(20);
            int vocab = k + 1 + rnd.nextInt(60);
            float[] logprobs = randomRow(rnd, k, vocab);
            double[] out = new double[3];
            TopKEntropy.bounds(logprobs, k, vocab, out);
            double lower = out[1];
            double upper = out[2];

            // the distribution as the bounds see it: the float logprobs back in double
            double[] listed = new double[k];
            double mass = 0;
            double pmin = 1;
            for (int j = 0; j < k; j++) {
                listed[j] = Math.exp(logprobs[j]);
                mass += listed[j];
                pmin = Math.min(pmin, listed[j]);
            }
            double r = Math.max(0, 1 - mass);
            int slots = vocab - k;
            String where = "seed " + seed + " row " + row + " k=" + k + " V=" + vocab + " r=" + r;
            if (r <= 1e-12) {
                assertEquals(lower, upper, EPS, where);
                continue;
            }
            double[] packed = packed(r, pmin, slots);
            double[] uniform = new double[slots];
            Arrays.fill(uniform, r / slots);
            if (Math.floor(r / pmin) < slots && r - Math.floor(r / pmin) * pmin > 1e-9) {
                remainderRows++;
            }

            double hPacked = entropy(listed, packed);
            double hUniform = entropy(listed, uniform);
            assertEquals(hPacked, lower, EPS, "the packed completion attains the lower bound; " + where);
            assertEquals(hUniform, upper, EPS, "the uniform completion attains the upper bound; " + where);
            for (int c = 0; c < COMPLETIONS_PER_ROW; c++) {
                double[] tail = randomCompletion(rnd, packed, uniform);
                double sum = Arrays.stream(tail).sum();
                assertEquals(r, sum, 1e-12, where);
                for (double q : tail) {
                    assertTrue(q >= 0 && q <= pmin * (1 + 1e-6), "completion within the cap; " + where);
                }
                double h = entropy(listed, tail);
                assertTrue(lower - EPS <= h && h <= upper + EPS,
                        lower + " <= " + h + " <= " + upper + " fails; " + where);
            }
        }
        // the remainder token of the packed tail is exercised, not only whole multiples of p_min
        assertTrue(remainderRows > ROWS_PER_SEED / 4, remainderRows + " rows with a remainder, seed " + seed);
    }

    /**
     * A random top-k row: k log-probabilities in descending order of a random distribution over {@code vocab}
     * tokens (so the unlisted part is a feasible tail), from log-normal weights with a random spread.
     */
    private static float[] randomRow(SplittableRandom rnd, int k, int vocab) {
        double spread = 0.2 + 3 * rnd.nextDouble();
        double[] w = new double[vocab];
        double total = 0;
        for (int i = 0; i < vocab; i++) {
            w[i] = Math.exp(spread * gaussian(rnd));
            total += w[i];
        }
        Arrays.sort(w);
        float[] logprobs = new float[k];
        for (int j = 0; j < k; j++) {
            logprobs[j] = (float) Math.log(w[vocab - 1 - j] / total);
        }
        return logprobs;
    }

    /** The tail of smallest entropy: as many tokens of {@code cap} as fit, then one of the remainder. */
    private static double[] packed(double r, double cap, int slots) {
        double[] tail = new double[slots];
        int full = (int) Math.min(slots, Math.floor(r / cap));
        if (full >= slots) {
            Arrays.fill(tail, r / slots);
            return tail;
        }
        Arrays.fill(tail, 0, full, cap);
        tail[full] = r - full * cap;
        return tail;
    }

    /**
     * A random point of the feasible tails {0 ≤ q ≤ cap, Σ q = r}: a random convex combination of shuffled copies of
     * the packed vertex and the uniform tail, all of which are feasible, so the combination is too.
     */
    private static double[] randomCompletion(SplittableRandom rnd, double[] packed, double[] uniform) {
        int parts = 1 + rnd.nextInt(4);
        double[] weights = new double[parts + 1];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.nextDouble() + 1e-3;
            sum += weights[i];
        }
        double[] tail = new double[packed.length];
        for (int p = 0; p < parts; p++) {
            double[] v = packed.clone();
            shuffle(rnd, v);
            for (int i = 0; i < tail.length; i++) {
                tail[i] += weights[p] / sum * v[i];
            }
        }
        for (int i = 0; i < tail.length; i++) {
            tail[i] += weights[parts] / sum * uniform[i];
        }
        return tail;
    }

    private static double entropy(double[] listed, double[] tail) {
        double h = 0;
        for (double p : listed) {
            h -= p > 0 ? p * Math.log(p) : 0;
        }
        for (double q : tail) {
            h -= q > 0 ? q * Math.log(q) : 0;
        }
        return h;
    }

    private static void shuffle(SplittableRandom rnd, double[] v) {
        for (int i = v.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
