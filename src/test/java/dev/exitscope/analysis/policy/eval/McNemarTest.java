package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> McNemar.exactP(-1, 2));
    }
}
