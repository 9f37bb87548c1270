package dev.exitscope.inference.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {
    private static GeneratedToken token(String text, int id, float lp, double entropy, double eot,
                                        String[] alts, float[] altLps) {
        return new GeneratedToken(text, id, lp, alts, altLps, entropy, eot);
    }

    @Test
    void recordsEveryColumnTheEngineGave() {
        GenerationRequest req = new GenerationRequest(null, List.of(new ChatMessage("system", "Be brief."),
                ChatMessage.user("2+3?")), 16, new Sampling(0.6, 0.95, 20, 7L), 2, List.of());
        TraceRecorder r = new TraceRecorder("run:0", req);
        assertTrue(r.onToken(token("<think>", 5, -0.1f, 0.5, 0.01, new String[] {"<think>", "The"},
                new float[] {-0.1f, -2.4f})));
        assertTrue(r.onToken(token("5", 9, -0.2f, 0.9, 0.2, new String[] {"5", "6"}, new float[] {-0.2f, -1.8f})));
        assertTrue(r.onToken(token("</think>", 6, -0.05f, 0.3, 0.9, new String[] {"</think>"},
                new float[] {-0.05f})));
        assertEquals(3, r.tokenCount());
        Trace t = r.finish(new GenerationOutcome(FinishReason.STOP, 3, 12, "tiny", null),
                new Question("2+3?", "5", null));

        assertEquals("<think>5</think>", t.text());
        assertEquals(List.of(-0.1f, -0.2f, -0.05f), List.of(t.logprob(0), t.logprob(1), t.logprob(2)));
        assertEquals(9, t.tokenId(1));
        assertEquals(0.9f, t.entropy(1));
        TopK k = Objects.requireNonNull(t.topK());
        assertEquals(2, k.k());
        assertEquals(2, k.count(0));
        assertEquals("6", k.text(1, 1));
        assertEquals(-1.8f, k.logprob(1, 1));
        assertEquals(1, k.count(2), "a row may be shorter than k");
        assertEquals(0.2f, t.series(TraceRecorder.EOT_SERIES, 1));
        assertEquals("tiny", t.meta().model());
        assertEquals("stop", t.meta().extra().get(TraceRecorder.FINISH_REASON));
        assertFalse(t.meta().extra().containsKey(TraceRecorder.INCOMPLETE));
        assertEquals("system: Be brief.\nuser: 2+3?", t.prompt());
        assertEquals(0.6, t.decoding().temperature());
        assertEquals(7L, t.decoding().seed());
        assertEquals(16, t.decoding().maxTokens());
        assertEquals("5", t.question().gold());
    }

    @Test
    void aDroppedStreamKeepsWhatArrivedAndSaysSo() {
        TraceRecorder r = new TraceRecorder("run:1", new GenerationRequest("2+3=", null, 8, Sampling.GREEDY, 0,
                List.of()));
        r.onToken(GeneratedToken.of("5", -0.3f));
        Trace t = r.finish(new GenerationOutcome(FinishReason.DROPPED, 1, -1, null, "connection reset after 1 token"),
                Question.UNKNOWN);
        assertEquals("5", t.text());
        assertEquals("true", t.meta().extra().get(TraceRecorder.INCOMPLETE));
        assertEquals("dropped", t.meta().extra().get(TraceRecorder.FINISH_REASON));
        assertEquals("connection reset after 1 token", t.meta().extra().get("problem"));
        assertTrue(t.seriesNames().isEmpty(), "no eot series when the engine never gave one");
        assertNull(t.topK());
        assertEquals("2+3=", t.prompt());
    }

    @Test
    void requestsRefuseWhatCannotBeGenerated() {
        assertThrows(IllegalArgumentException.class, () -> new GenerationRequest("a", List.of(), 1, Sampling.GREEDY,
                0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GenerationRequest("a", null, 0, Sampling.GREEDY, 0,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Sampling(-1, 1, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Sampling(1, 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedToken("x", -1, 0f, new String[1],
                new float[0], Double.NaN, Double.NaN));
    }
}
