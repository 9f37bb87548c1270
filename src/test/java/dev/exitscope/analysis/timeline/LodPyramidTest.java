package dev.exitscope.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LodPyramidTest {
    @Test
    void summaryOfASmallRangeIsComputedByHand() {
        LodPyramid p = LodPyramid.of(new float[] {3, 1, 4, 1, 5, 9, 2, 6});
        float[] out = new float[3];
        assertEquals(4, p.summarize(1, 5, out));
        assertEquals(1f, out[0]);
        assertEquals(5f, out[1]);
        assertEquals((1 + 4 + 1 + 5) / 4f, out[2], 1e-6);
    }

    @Test
    void missingValuesAreLeftOutAndAnEmptyRangeIsNaN() {
        LodPyramid p = LodPyramid.of(new float[] {Float.NaN, 2, Float.NaN, 4, Float.NaN});
        float[] out = new float[3];
        assertEquals(2, p.summarize(0, 5, out));
        assertEquals(2f, out[0]);
        assertEquals(4f, out[1]);
        assertEquals(3f, out[2], 1e-6);
        assertEquals(0, p.summarize(4, 5, out));
        assertTrue(Float.isNaN(out[0]) && Float.isNaN(out[1]) && Float.isNaN(out[2]));
        assertEquals(0, p.summarize(3, 3, out), "an empty range holds nothing");
    }

    @Test
    void everyRangeAgreesWithABruteForceScan() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 17, 100, 1023, 1025}) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(10) == 0 ? Float.NaN : (float) rnd.nextDouble(-5, 5);
            }
            LodPyramid p = LodPyramid.of(v);
            float[] out = new float[3];
            for (int trial = 0; trial < 400; trial++) {
                int a = rnd.nextInt(n + 1);
                int b = rnd.nextInt(n + 1);
                int from = Math.min(a, b);
                int to = Math.max(a, b);
                float mn = Float.POSITIVE_INFINITY;
                float mx = Float.NEGATIVE_INFINITY;
                double sm = 0;
                int ct = 0;
                for (int i = from; i < to; i++) {
                    if (!Float.isNaN(v[i])) {
                        mn = Math.min(mn, v[i]);
                        mx = Math.max(mx, v[i]);
                        sm += v[i];
                        ct++;
                    }
                }
                assertEquals(ct, p.summarize(from, to, out), n + " [" + from + "," + to + ")");
                if (ct > 0) {
                    assertEquals(mn, out[0]);
                    assertEquals(mx, out[1]);
                    assertEquals(sm / ct, out[2], 1e-5);
                }
            }
        }
    }
}
