package dev.exitscope.analysis.io.llamacpp;

import static dev.exitscope.analysis.io.openai.ImporterFixtures.assertLogprobs;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.error;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.read;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.source;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.text;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exitscope.analysis.io.openai.ImporterFixtures;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LlamaCppImporterTest {
    private static final String DIR = "fixtures/llamacpp/";

    private static Trace only(String file) throws IOException {
        List<Trace> traces = read(DIR + file, "llamacpp");
        assertEquals(1, traces.size());
        return traces.get(0);
    }

    @Test
    void completionProbabilitiesGiveTokensIdsAndThinkingBlock() throws IOException {
        Trace t = only("completion-logprobs.json");
        assertEquals(List.of("<think>", "\n", "5", " *", " ", "6", " =", " ", "3", "0", "", "\u2026", "\n", "</think>",
                "\\", "boxed", "{", "30", "}"), tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(14, t.thinkEnd());
        int[] ids = new int[t.tokenCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = t.tokenId(i);
        }
        assertArrayEquals(new int[] {13708, 198, 20, 353, 220, 21, 284, 220, 18, 15, 11162, 99, 198, 13709, 59, 79075,
            90, 966, 92}, ids);
        assertEquals("completion-logprobs:0", t.id());
    }

    @Test
    void splitUtf8CharacterBelongsToTheTokenThatCompletesIt() throws IOException {
        Trace t = only("completion-logprobs.json");
        assertEquals("", t.tokenText(10));
        assertEquals("\u2026", t.tokenText(11));
    }

    @Test
    void responseMetadataIsKept() throws IOException {
        Trace t = only("completion-logprobs.json");
        assertEquals("qwen3-1.7b-q8_0.gguf", t.meta().model());
        assertEquals("eos", t.meta().extra().get("finishReason"));
        assertEquals(new Decoding(0.6, 0.95, 42L, 256), t.decoding());
        assertEquals("<|im_start|>user\nWhat is 5*6?<|im_end|>\n<|im_start|>assistant\n", t.prompt());
        TopK k = t.topK();
        assertNotNull(k);
        assertEquals("31", k.text(17, 1));
        assertEquals(-9999f, k.logprob(17, 1));
    }

    @Test
    void postSamplingProbabilitiesBecomeNaturalLogs() throws IOException {
        Trace t = only("post-sampling-probs.json");
        assertEquals(List.of("The", " answer", " is", " ", "7"), tokens(t));
        assertLogprobs(t, Math.log(0.5), 0.0, Math.log(0.8), Math.log(0.25), Math.log(0.9));
        TopK k = t.topK();
        assertNotNull(k);
        assertEquals((float) Math.log(0.25), k.logprob(0, 1));
        assertEquals(":", k.text(2, 1));
        assertEquals(-9999f, k.logprob(2, 1));
    }

    @Test
    void olderProbsFormTakesTheSampledLogprobFromItsAlternatives() throws IOException {
        Trace t = only("old-probs-stream.ndjson");
        assertEquals(List.of("B", "e", "c", "a"), tokens(t));
        assertLogprobs(t, Math.log(0.44), 0.0, Math.log(0.5), Math.log(0.25));
        TopK k = t.topK();
        assertNotNull(k);
        assertEquals("A", k.text(0, 1));
        assertEquals((float) Math.log(0.3), k.logprob(0, 1));
        assertEquals("llama-2-7b.Q4_0.gguf", t.meta().model());
    }

    @Test
    void plainNdjsonStreamEndsResponsesAtStop() throws IOException {
        String ndjson = "{\"content\":\"Hi\",\"stop\":false}\n{\"content\":\"!\",\"stop\":true}\n"
                + "{\"content\":\"Yo\",\"stop\":true}\n";
        List<Trace> traces = read(text("s.ndjson", ndjson), "llamacpp");
        assertEquals(List.of("Hi!", "Yo"), List.of(traces.get(0).text(), traces.get(1).text()));
        assertEquals("s:1", traces.get(1).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"completion-logprobs.json", "post-sampling-probs.json", "old-probs-stream.ndjson"})
    void sniffingPicksLlamaCpp(String file) throws IOException {
        assertEquals("llamacpp", ImporterFixtures.sniffed(DIR + file));
    }

    @Test
    void probabilityAboveOneIsRejected() {
        assertEquals("prob-above-one.json:2:54: expected a probability between 0 and 1, found number 1.5",
                error(source("malformed/llamacpp/prob-above-one.json"), "llamacpp"));
    }

    @Test
    void badEventLineIsReportedOnItsLine() {
        assertEquals("stream-bad-line.ndjson:3:19: unrecognised token 'tru': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                error(source("malformed/llamacpp/stream-bad-line.ndjson"), "llamacpp"));
    }
}
