package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NamedStepsTest {
    private static final float N = Float.NaN;

    @Test
    void stepNumbersRunFromTokenZeroAndReadBackAsEnds() {
        // ends 2, 3, 5 of 7 tokens: 1 1 2 3 3, then the two answer tokens in no step
        float[] numbers = NamedSteps.numbers(new int[] {2, 3, 5}, 7);
        assertArrayEquals(new float[] {1, 1, 2, 3, 3, N, N}, numbers);
        assertArrayEquals(new int[] {2, 3, 5}, NamedSteps.ends(numbers));
        assertArrayEquals(new int[] {4}, NamedSteps.ends(new float[] {1, 1, 1, 1}));
        assertArrayEquals(new int[0], NamedSteps.ends(new float[] {N, N}));
        assertEquals("steps.attached.sim", NamedSteps.valueSeriesName(NamedSteps.ATTACHED, NamedSteps.SIM));
    }

    @Test
    void aSeriesThatIsNotStepNumbersIsRejectedNamingTheToken() {
        assertEquals("token 0 has step 2.0, expected 1",
                assertThrows(IllegalArgumentException.class, () -> NamedSteps.ends(new float[] {2, 2})).getMessage());
        assertEquals("token 2 has step 1.0, expected 2 or 3", assertThrows(IllegalArgumentException.class,
                () -> NamedSteps.ends(new float[] {1, 2, 1})).getMessage());
        assertEquals("token 2 has step 2.0 after the steps ended at token 1", assertThrows(
                IllegalArgumentException.class, () -> NamedSteps.ends(new float[] {1, N, 2})).getMessage());
    }
}
