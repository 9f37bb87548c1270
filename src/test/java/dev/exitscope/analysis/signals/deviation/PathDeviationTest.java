package dev.exitscope.analysis.signals.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathDeviationTest {
    private static Trace trace(String[] texts, float[] entropy) {
        TraceBuilder b = new TraceBuilder("rpdi");
        for (int i = 0; i < texts.length; i++) {
            b.addToken(texts[i], -0.5f);
            if (!Float.isNaN(entropy[i])) {
                b.setEntropy(entropy[i]);
            }
        }
        return b.build();
    }

    @Test
    void valuesAtBoundaryTokensMatchAHandComputation() {
        // entropies 1, 1, 2, 4, 0, 2 ; boundaries at tokens 2 (".") , 3 (",") and 5 ("\n"); W = 2
        Trace t = trace(new String[] {"a", " b", ".", ",", " c", "\n"}, new float[] {1, 1, 2, 4, 0, 2});
        List<SignalEvent> ev = IncrementalRunner.run(t, List.of(new PathDeviation(2, 2, ".\n;?!,")));
        // t=2: local (1+2)/2 = 1.5, global (1+1+2)/3 = 4/3  -> 1.125
        // t=3: local (2+4)/2 = 3,   global 8/4 = 2            -> 1.5
        // t=5: local (0+2)/2 = 1,   global 10/6               -> 0.6
        assertEquals(List.of(new BoundaryValue(2, "rpdi", 1.5 / (4.0 / 3)), new BoundaryValue(3, "rpdi", 1.5),
                new BoundaryValue(5, "rpdi", 1.0 / (10.0 / 6))), ev);
    }

    @Test
    void nothingBeforeTheMinimumTokenCount() {
        Trace t = trace(new String[] {".", ".", ".", "."}, new float[] {1, 2, 3, 4});
        List<SignalEvent> ev = IncrementalRunner.run(t, List.of(new PathDeviation(2, 4, ".")));
        // only t = 3 (4 tokens seen): local (3+4)/2 = 3.5, global 10/4 = 2.5
        assertEquals(List.of(new BoundaryValue(3, "rpdi", 3.5 / 2.5)), ev);
    }

    @Test
    void tokensWithoutEntropyAreLeftOutOfBothMeans() {
        Trace t = trace(new String[] {"a", "b", "."}, new float[] {2, Float.NaN, 4});
        List<SignalEvent> ev = IncrementalRunner.run(t, List.of(new PathDeviation(2, 2, ".")));
        // window holds b (none) and "." (4): local 4; global (2+4)/2 = 3
        assertEquals(List.of(new BoundaryValue(2, "rpdi", 4.0 / 3)), ev);
    }
}
