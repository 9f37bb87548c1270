package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeatScaleTest {
    /**
     * The definition, counted directly: a value's bucket is floor(10 · smaller / m) (at most 9), it is among the
     * highest when fewer than 2 % of the values are larger, among the lowest when fewer than 2 % are smaller.
     */
    @Test
    void bucketsAndExtremesFollowTheirDefinitionCountedValueByValue() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(400);
            int distinct = 1 + rnd.nextInt(round % 3 == 0 ? 5 : 1000);
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(10) == 0 ? Float.NaN : rnd.nextInt(distinct) * 0.37f;
            }
            HeatScale s = HeatScale.of(v);
            int m = 0;
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float x : v) {
                if (!Float.isNaN(x)) {
                    m++;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            for (int i = 0; i < n; i++) {
                if (Float.isNaN(v[i])) {
                    assertEquals(-1, s.bucket(i));
                    assertFalse(s.extremeHigh(i) || s.extremeLow(i));
                    continue;
                }
                int smaller = 0;
                int larger = 0;
                for (float x : v) {
                    if (!Float.isNaN(x)) {
                        smaller += x < v[i] ? 1 : 0;
                        larger += x > v[i] ? 1 : 0;
                    }
                }
                boolean constant = min == max;
                String at = "round " + round + ", value " + i + " of " + n;
                assertEquals(Math.min(9, 10 * smaller / m), s.bucket(i), at);
                assertEquals(!constant && larger < m * 0.02, s.extremeHigh(i), at);
                assertEquals(!constant && smaller < m * 0.02, s.extremeLow(i), at);
            }
        }
    }
}
