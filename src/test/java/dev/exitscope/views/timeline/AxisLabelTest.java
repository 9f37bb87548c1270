package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AxisLabelTest {
    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals("0", TimelineRenderer.format(0f));
        assertEquals("20", TimelineRenderer.format(20f));
        assertEquals("-3", TimelineRenderer.format(-3f));
    }

    @Test
    void otherValuesHaveTwoDecimalsRoundedHalfUpLikeBigDecimal() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            float v = (float) ((rnd.nextDouble() - 0.5) * (i % 2 == 0 ? 2 : 2000));
            if (Math.abs(v - Math.round(v)) < 1e-6) {
                continue;
            }
            String expected = new BigDecimal((double) v).setScale(2, RoundingMode.HALF_UP).toPlainString();
            if (expected.equals("-0.00")) {
                expected = "0.00";
            }
            assertEquals(expected, TimelineRenderer.format(v), "value " + v);
        }
        assertEquals("0.05", TimelineRenderer.format(0.05f));
        assertEquals("-1.50", TimelineRenderer.format(-1.5f));
        assertEquals("12.34", TimelineRenderer.format(12.34f));
        assertEquals("NaN", TimelineRenderer.format(Float.NaN));
        assertEquals("Infinity", TimelineRenderer.format(Float.POSITIVE_INFINITY));
    }
}
