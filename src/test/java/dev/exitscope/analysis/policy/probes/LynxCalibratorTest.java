package dev.exitscope.analysis.policy.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
