package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class McNemarTest {
    @Test
    void matchesHandComputedBinomialTails() {
        // 2 · (C(8,0) + C(8,1)) / 2^8 = 2 · 9 / 256
        assertEquals(0.0703125, McNemar.exactP(1, 7), 1e-15);
        assertEquals(0.0703125, McNemar.exactP(7, 1), 1e-15);
        // 2 · C(6,0) / 64
        assertEquals(0.03125, McNemar.exactP(0, 6), 1e-15);
        // 2 · (1 + 12 + 66) / 4096
        assertEquals(158.0 / 4096.0, McNemar.exactP(2, 10), 1e-15);
    }

    @Test
    void noDiscordantPairsOrABalancedSplitGiveOne() {
        assertEquals(1.0, McNemar.exactP(0, 0));
        assertEquals(1.0, McNemar.exactP(5, 5));
        assertEquals(1.0, McNemar.exactP(1, 0));
    }

    @Test
    void largeCountsStayFiniteAndTiny() {
        double p = McNemar.exactP(100, 10_000);
        assertTrue(p > 0 && p < 1e-300 || p == 0.0, Double.toString(p));
        double q = McNemar.exactP(4_950, 5_050);
        assertTrue(q > 0.3 && q < 0.35, Double.toString(q));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    /**
     * Oracle: the exact McNemar p is min(1, 2 · P(X ≤ min(b, c))) for X ~ Binomial(b + c, 1/2); commons-math3
     * computes each P(X = i) its own way (Loader's saddle-point expansion, not a running product of binomial
     * coefficients), summed here. Two other commons-math3 routes are not usable as oracles: in 3.6.1
     * {@code BinomialTest} with {@code TWO_SIDED} returns 1.5 for b = c = 1 and 0.0768 instead of
     * 2 · 1941 / 32768 = 0.1185 for b = 4, c = 11, and {@code cumulativeProbability} (1 − a regularized beta)
     * loses the small tails (0 for b = 465, c = 1371, where exact rational arithmetic gives 2.219e-103). Random
     * counts from balanced to lopsided, from 1 to 2,000 discordant pairs.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheBinomialTailOfCommonsMath(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            int n = 1 + rnd.nextInt(i < 100 ? 40 : 2000);
            int b = rnd.nextInt(n + 1);
            int c = n - b;
            BinomialDistribution x = new BinomialDistribution(null, n, 0.5);
            double tail = 0;
            for (int j = 0; j <= Math.min(b, c); j++) {
                tail += x.probability(j);
            }
            double expected = Math.min(1.0, 2.0 * tail);
            double actual = McNemar.exactP(b, c);
            String where = "b=" + b + " c=" + c + " seed " + seed;
            if (expected < 1e-290) {
                assertTrue(actual < 1e-280, where + ": " + actual);
            } else {
                assertEquals(expected, actual, 1e-9 * expected, where);
            }
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> McNemar.exactP(-1, 2));
    }
}
