package dev.exitscope.analysis.signals.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import org.junit.jupiter.api.Test;

class EntropySignalTest {
    private static final double EPS = 1e-5;

    @Test
    void entropyOfKEqualAlternativesIsLnK() {
        for (int k : new int[] {2, 5, 20}) {
            TraceBuilder b = new TraceBuilder("eq");
            b.addToken("x", (float) Math.log(1.0 / k));
            for (int j = 0; j < k; j++) {
                b.addAlternative("a" + j, (float) Math.log(1.0 / k));
            }
            EntropyColumns e = EntropySignal.compute(b.build());
            assertEquals(Math.log(k), e.entropy(0), EPS);
            assertEquals(Math.log(k), e.lower(0), EPS, "no tail mass: bounds collapse");
            assertEquals(Math.log(k), e.upper(0), EPS);
        }
    }

    @Test
    void tailMassGivesBoundsOfTheTwoExtremeCompletions() {
        // listed p = (0.5, 0.25), tail 0.25 over V - 2 = 2 tokens, each at most 0.25.
        // uniform tail (0.5, 0.25, 0.125, 0.125): H = 0.5 ln 2 + 0.25 ln 4 + 2 * 0.125 ln 8
        // packed tail  (0.5, 0.25, 0.25, 0):      H = 0.5 ln 2 + 2 * 0.25 ln 4
        TraceBuilder b = new TraceBuilder("tail").meta(TraceMeta.EMPTY.withExtra("vocabSize", "4"));
        b.addToken("x", (float) Math.log(0.5));
        b.addAlternative("x", (float) Math.log(0.5));
        b.addAlternative("y", (float) Math.log(0.25));
        EntropyColumns e = EntropySignal.compute(b.build());
        double upper = 0.5 * Math.log(2) + 0.25 * Math.log(4) + 0.25 * Math.log(8);
        double lower = 0.5 * Math.log(2) + 0.5 * Math.log(4);
        assertEquals(upper, e.entropy(0), EPS);
        assertEquals(upper, e.upper(0), EPS);
        assertEquals(lower, e.lower(0), EPS);
        assertTrue(e.approximate(0));
    }

    @Test
    void exactEntropyWinsAndIsNotApproximate() {
        TraceBuilder b = new TraceBuilder("exact");
        b.addToken("x", -0.1f);
        b.setEntropy(1.25f);
        b.addAlternative("x", -0.1f);
        b.addAlternative("y", -3f);
        EntropyColumns e = EntropySignal.compute(b.build());
        assertEquals(1.25, e.entropy(0), EPS);
        assertFalse(e.approximate(0));
        assertFalse(e.anyApproximate());
    }

    @Test
    void surprisalIsMinusLogprobAndMarginIsTopTwoGap() {
        TraceBuilder b = new TraceBuilder("m");
        b.addToken("x", (float) Math.log(0.3));
        b.addAlternative("y", (float) Math.log(0.6));
        b.addAlternative("x", (float) Math.log(0.3));
        b.addAlternative("z", (float) Math.log(0.1));
        Trace t = b.build();
        EntropyColumns e = EntropySignal.compute(t);
        assertEquals(-Math.log(0.3), e.surprisal(0), EPS);
        assertEquals(0.6 - 0.3, e.margin(0), EPS);
        double h = -(0.6 * Math.log(0.6) + 0.3 * Math.log(0.3) + 0.1 * Math.log(0.1));
        assertEquals(h, e.entropy(0), EPS, "the listed mass sums to 1, so the estimate is exact");
    }

    @Test
    void tokensWithoutLogprobsHaveNoValues() {
        TraceBuilder b = new TraceBuilder("plain");
        b.addToken("x", Float.NaN);
        EntropyColumns e = EntropySignal.compute(b.build());
        assertTrue(Float.isNaN(e.entropy(0)));
        assertTrue(Float.isNaN(e.surprisal(0)));
        assertTrue(Float.isNaN(e.margin(0)));
        assertFalse(e.hasEntropy());
        assertTrue(Double.isNaN(e.meanEntropy()));
    }

    @Test
    void packedTailSpillsEvenlyWhenTheCapCannotHoldIt() {
        // mass 0.5 over 2 slots capped at 0.1: even spread 0.25 each is the only way (cap is violated by input)
        assertEquals(-0.5 * Math.log(0.25), TopKEntropy.packedTail(0.5, 0.1, 2), EPS);
    }
}
