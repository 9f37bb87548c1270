package dev.exitscope.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The band of any token range from the pyramid equals the brute-force lowest lower and highest upper bound. */
class BoundsPyramidTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void bandOfEveryRangeIsTheBruteForceMinimumAndMaximum(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(300);
        float[] lower = new float[n];
        float[] upper = new float[n];
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                lower[i] = Float.NaN;
                upper[i] = Float.NaN;
            } else {
                lower[i] = r.nextFloat() * 4;
                upper[i] = lower[i] + r.nextFloat();
            }
        }
        BoundsPyramid p = BoundsPyramid.of(lower, upper);
        float[] out = new float[2];
        for (int from = 0; from < n; from++) {
            for (int to = from + 1; to <= n; to++) {
                float lo = Float.NaN;
                float hi = Float.NaN;
                for (int i = from; i < to; i++) {
                    if (!Float.isNaN(lower[i])) {
                        lo = Float.isNaN(lo) ? lower[i] : Math.min(lo, lower[i]);
                        hi = Float.isNaN(hi) ? upper[i] : Math.max(hi, upper[i]);
                    }
                }
                boolean has = p.band(from, to, out);
                assertEquals(!Float.isNaN(lo), has, from + ".." + to);
                assertEquals(lo, out[0], 0f, from + ".." + to);
                assertEquals(hi, out[1], 0f, from + ".." + to);
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(lower[i], p.lower(i), 0f);
            assertEquals(upper[i], p.upper(i), 0f);
        }
        assertFalse(p.band(n, n + 3, out), "past the end");
    }
}
