package dev.exitscope.analysis.policy.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LynxCalibratorTest {
    @Test
    void quantileIsTheRankedScoreOrOneWhenTheRankExceedsTheCount() {
        double[] s = {0.4, 0.1, 0.3, 0.2};
        assertEquals(0.4, LynxCalibrator.quantile(s, 0.2));   // ceil(5 * 0.8) = 4
        assertEquals(0.3, LynxCalibrator.quantile(s, 0.5));   // ceil(5 * 0.5) = 3
        assertEquals(1.0, LynxCalibrator.quantile(s, 0.1));   // ceil(5 * 0.9) = 5 > 4
        assertEquals(1.0, LynxCalibrator.quantile(new double[0], 0.5));
        double[] nine = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        assertEquals(0.9, LynxCalibrator.quantile(nine, 0.1));  // ceil(10 * 0.9) = 9, not 10
    }

    @Test
    void authorsRankClampsToTheLargestScoreWhereStrictKeepsOne() {
        double[] s = {0.4, 0.1, 0.3, 0.2};
        // delta 0.1: rank ceil(5 * 0.9) = 5 > n = 4: strict 1.0; LYNX clamps k to 4 -> sorted[3] = 0.4
        assertEquals(1.0, LynxCalibrator.quantile(s, 0.1, LynxRank.STRICT));
        assertEquals(0.4, LynxCalibrator.quantile(s, 0.1, LynxRank.AUTHORS));
        // delta 0.5: rank 3 <= 4, both give sorted[2] = 0.3
        assertEquals(0.3, LynxCalibrator.quantile(s, 0.5, LynxRank.AUTHORS));
        // no scores: LYNX returns +inf, stored as 1.0 (the same prediction sets)
        assertEquals(1.0, LynxCalibrator.quantile(new double[0], 0.1, LynxRank.AUTHORS));
    }

    @Test
    void authorsThresholdsLetAPolicyExitThatStrictOnesForbid() {
        // correct p 0.9, 0.8 -> s_pos {0.1, 0.2}; wrong p 0.3 -> s_neg {0.3}; delta 0.2:
        // pos rank ceil(3 * 0.8) = 3 > 2, neg rank ceil(2 * 0.8) = 2 > 1 -> strict (1.0, 1.0), authors (0.2, 0.3)
        double[] p = {0.9, 0.8, 0.3};
        boolean[] y = {true, true, false};
        LynxCalibration strict = LynxCalibrator.calibrate(p, y, 0.2, LynxRank.STRICT, "hand");
        LynxCalibration authors = LynxCalibrator.calibrate(p, y, 0.2, LynxRank.AUTHORS, "hand");
        assertEquals(1.0, strict.qPos());
        assertEquals(1.0, strict.qNeg());
        assertEquals(0.2, authors.qPos(), 1e-12);
        assertEquals(0.3, authors.qNeg(), 1e-12);
        // p = 0.85: 1 - p = 0.15 <= 0.2 and p > 0.3 -> {1} under authors; strict has 0 in every set
        assertTrue(authors.exits(0.85));
        assertFalse(strict.exits(0.85));
        assertEquals(LynxRank.AUTHORS, authors.rank());
    }

    @Test
    void scoresAreOneMinusPOnCorrectAndPOnWrongEvents() {
        double[] p = {0.9, 0.8, 0.6, 0.3, 0.2};
        boolean[] y = {true, true, true, false, false};
        LynxCalibration c = LynxCalibrator.calibrate(p, y, 0.5, "hand");
        // s_pos = {0.1, 0.2, 0.4}: rank ceil(4 * 0.5) = 2 -> 0.2; s_neg = {0.3, 0.2}: rank ceil(3 * 0.5) = 2 -> 0.3
        assertEquals(0.2, c.qPos(), 1e-12);
        assertEquals(0.3, c.qNeg(), 1e-12);
        assertEquals(3, c.nPos());
        assertEquals(2, c.nNeg());
        assertTrue(c.exits(0.85));
    }

    @Test
    void writesAndReadsTheCalibrationFile(@TempDir Path dir) throws Exception {
        LynxCalibration c = new LynxCalibration(0.1, 0.25, 0.625, 30, 20, "a.jsonl");
        Path f = dir.resolve("calib.json");
        c.write(f);
        assertEquals(c, LynxCalibration.read(f));
        LynxCalibration a = new LynxCalibration(0.1, 0.25, 0.625, 30, 20, LynxRank.AUTHORS, "a.jsonl");
        a.write(f);
        assertEquals(a, LynxCalibration.read(f));
        assertTrue(java.nio.file.Files.readString(f).contains("\"rank\" : \"authors\""));
        assertTrue(java.nio.file.Files.readString(f).contains("\"method\" : \"" + LynxCalibration.METHOD + "\""));
    }

    /**
     * 4,000 exchangeable events: y ~ Bernoulli(0.6); p = sigmoid(z) with z ~ N(+1.5, 1.2) when y = 1 and
     * N(−1, 1.2) otherwise; 10 % of the labels are then flipped (label noise). Over 20 random half/half splits the
     * mean rate of exits among wrong-answer test events stays within δ + 0.01.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.2})
    void exitRateAmongWrongForcedAnswersStaysWithinDelta(double delta) {
        Random rnd = new Random(20_251_128L);
        int n = 4000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean c = rnd.nextDouble() < 0.6;
            double z = c ? 1.5 + 1.2 * rnd.nextGaussian() : -1 + 1.2 * rnd.nextGaussian();
            p[i] = 1 / (1 + Math.exp(-z));
            y[i] = rnd.nextDouble() < 0.1 ? !c : c;
        }
        double sum = 0;
        int splits = 20;
        for (int s = 0; s < splits; s++) {
            int[] idx = shuffled(n, rnd);
            int half = n / 2;
            double[] cp = new double[half];
            boolean[] cy = new boolean[half];
            for (int i = 0; i < half; i++) {
                cp[i] = p[idx[i]];
                cy[i] = y[idx[i]];
            }
            LynxCalibration cal = LynxCalibrator.calibrate(cp, cy, delta, "synthetic");
            int wrong = 0;
            int exits = 0;
            for (int i = half; i < n; i++) {
                if (!y[idx[i]]) {
                    wrong++;
                    exits += cal.exits(p[idx[i]]) ? 1 : 0;
                }
            }
            sum += (double) exits / wrong;
        }
        double rate = sum / splits;
        assertTrue(rate <= delta + 0.01, "exit rate among wrong answers " + rate + " for delta " + delta);
        assertTrue(rate > 0, "the policy should exit sometimes");
    }

    private static int[] shuffled(int n, Random rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
