package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text coloured by probe confidence, and the colouring that picks a signal the trace has. */
class ProbeColouringTest {
    private static final float NAN = Float.NaN;

    private static Trace withProbes(boolean logprobs) {
        TraceBuilder b = new TraceBuilder("p");
        for (int i = 0; i < 10; i++) {
            b.addToken(i == 0 ? "w" : " w", logprobs ? -0.5f : NAN);
        }
        b.probe(new Probe("dynasor", 8, "4", 0.7, null, List.of(), null, null));
        b.probe(new Probe("deer", 2, "4", 0.4, null, List.of(), null, null));
        b.probe(new Probe("lynx", 5, null, null, null, List.of(), null, 0.9));
        b.probe(new Probe("dynasor", 5, "5", null, null, List.of(), null, null));
        return b.build();
    }

    private static TokenTextModel model(Trace t) {
        TraceSignals s = SignalCache.compute(t, SignalOptions.defaults(), null);
        return TokenTextModel.of(TimelineData.of(s), s.entropy());
    }

    @Test
    void eachTokenTakesTheConfidenceOfTheLatestProbeAtOrBeforeIt() {
        // probes at 2 (confidence 0.4), 5 (p 0.9, then one without either), 8 (confidence 0.7)
        assertArrayEquals(new float[] {NAN, NAN, 0.4f, 0.4f, 0.4f, 0.9f, 0.9f, 0.9f, 0.7f, 0.7f},
                TokenTextModel.probeConfidence(withProbes(false)));
    }

    @Test
    void theColouringFallsBackToASignalTheTraceHas() {
        TokenTextModel noLogprobs = model(withProbes(false));
        assertFalse(noLogprobs.scale(TokenSignal.ENTROPY).hasValues());
        assertFalse(noLogprobs.scale(TokenSignal.SURPRISAL).hasValues());
        assertTrue(noLogprobs.scale(TokenSignal.PROBES).hasValues());
        assertEquals(TokenSignal.PROBES, TokenTextView.firstWithValues(noLogprobs, TokenSignal.ENTROPY));
        TokenTextModel logprobs = model(withProbes(true));
        assertEquals(TokenSignal.SURPRISAL, TokenTextView.firstWithValues(logprobs, TokenSignal.ENTROPY),
                "logprobs without top-k give surprisal but no entropy");
    }
}
