package dev.exitscope.analysis.signals.redundancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedundancyCalculatorTest {
    /** Fixed unit vectors in the plane: cos(a,c) = 0, cos(a,d) = 0.8, cos(c,d) = 0.6, cos(a,b) = 0.6, ... */
    static final class PlaneEmbedder implements TextEmbedder {
        private final Map<String, float[]> vectors = Map.of(
                "a", new float[] {1f, 0f},
                "b", new float[] {0.6f, 0.8f},
                "c", new float[] {0f, 1f},
                "d", new float[] {0.8f, 0.6f},
                "e", new float[] {3f, 4f});

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String id() {
            return "plane";
        }

        @Override
        public float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = vectors.get(texts.get(i)).clone();
            }
            return out;
        }
    }

    private final TextEmbedder plane = new PlaneEmbedder();

    @Test
    void firstStepHasNoPreviousStep() {
        RedundancyResult r = new RedundancyCalculator(plane).compute(List.of("a", "a"));
        assertTrue(Double.isNaN(r.similarity(0)));
        assertFalse(r.isRedundant(0));
        assertEquals(1.0, r.similarity(1), 1e-7);
        assertTrue(r.isRedundant(1));
    }

    @Test
    void windowOfOneComparesWithThePreviousStepOnly() {
        RedundancyResult r = new RedundancyCalculator(plane).compute(List.of("a", "c", "d"));
        assertEquals(0.0, r.similarity(1), 1e-7);
        assertEquals(0.6, r.similarity(2), 1e-6);
        assertFalse(r.isRedundant(1));
        assertTrue(r.isRedundant(2));
    }

    @Test
    void anyPreviousTakesTheBestEarlierStep() {
        RedundancySettings any = new RedundancySettings(RedundancySettings.ANY_PREVIOUS, 0.35);
        RedundancyResult r = new RedundancyCalculator(plane, any).compute(List.of("a", "c", "d", "b"));
        assertEquals(0.0, r.similarity(1), 1e-7);
        assertEquals(0.8, r.similarity(2), 1e-6);
        // b against a 0.6, c 0.8, d 0.48 + 0.48 = 0.96
        assertEquals(0.96, r.similarity(3), 1e-6);
    }

    @Test
    void windowOfTwoReachesTwoStepsBack() {
        RedundancySettings two = new RedundancySettings(2, 0.35);
        RedundancyResult r = new RedundancyCalculator(plane, two).compute(List.of("a", "b", "c", "d"));
        assertEquals(0.6, r.similarity(1), 1e-6);
        assertEquals(0.8, r.similarity(2), 1e-6);
        assertEquals(0.96, r.similarity(3), 1e-6);
    }

    @Test
    void thresholdIsInclusive() {
        // cos((3,4), (1,0)) = 3/5 exactly
        RedundancySettings atSix = new RedundancySettings(1, 0.6);
        RedundancyResult r = new RedundancyCalculator(plane, atSix).compute(List.of("a", "e", "c"));
        assertEquals(0.6, r.similarity(1));
        assertTrue(r.isRedundant(1));
        assertEquals(0.8, r.similarity(2), 1e-7);
        RedundancyResult high = RedundancyCalculator.fromVectors(plane.embed(List.of("a", "e")),
                new RedundancySettings(1, 0.61));
        assertFalse(high.isRedundant(1));
    }

    @Test
    void pumaDefaultsAreWindowOneAndTauPointThreeFive() {
        assertEquals(1, RedundancySettings.PUMA.window());
        assertEquals(0.35, RedundancySettings.PUMA.threshold());
        assertThrows(IllegalArgumentException.class, () -> new RedundancySettings(-1, 0.35));
    }

    @Test
    void incrementalGivesTheSameValuesAsTheBatch() {
        List<String> steps = List.of("a", "c", "d", "b", "e", "a", "c");
        for (int window : new int[] {0, 1, 2, 3}) {
            RedundancyCalculator calc = new RedundancyCalculator(plane, new RedundancySettings(window, 0.35));
            RedundancyResult batch = calc.compute(steps);
            IncrementalRedundancy inc = calc.incremental();
            for (int k = 0; k < steps.size(); k++) {
                double sim = inc.addStep(steps.get(k));
                assertEquals(batch.similarity(k), sim, 0.0, "window " + window + " step " + k);
                assertEquals(batch.isRedundant(k), inc.lastRedundant());
            }
            assertEquals(steps.size(), inc.stepCount());
        }
    }

    @Test
    void zeroVectorsAreNotSimilarToAnything() {
        assertEquals(0.0, RedundancyCalculator.cosine(new float[] {0, 0}, new float[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> RedundancyCalculator.cosine(new float[] {1}, new float[] {1, 0}));
    }

    @Test
    void emptyTraceHasNoSteps() {
        assertEquals(0, new RedundancyCalculator(plane).compute(List.of()).size());
    }

    @Test
    void lexicalRedundancyFlagsARestatement() {
        RedundancyCalculator calc = new RedundancyCalculator(new LexicalEmbedder());
        RedundancyResult r = calc.compute(List.of(
                "Compute 17 times 23: that is 391.",
                "Wait, let me double-check: 17 times 23 is 391.",
                "Now the area of the circle with radius 5 is 25 pi."));
        assertTrue(r.isRedundant(1), r.toString());
        assertFalse(r.isRedundant(2), r.toString());
    }
}
