package dev.exitscope.analysis.io.openai;

import static dev.exitscope.analysis.io.openai.ImporterFixtures.assertLogprobs;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.error;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.read;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.source;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.text;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiSseImporterTest {
    private static final String DIR = "fixtures/openai-sse/";

    private static Trace only(String file) throws IOException {
        List<Trace> traces = read(DIR + file, "openai-sse");
        assertEquals(1, traces.size());
        return traces.get(0);
    }

    @Test
    void chunkTokensJoinInStreamOrderWithReasoningAsTheThinkingBlock() throws IOException {
        Trace t = only("vllm-reasoning-stream.txt");
        assertEquals(List.of("Half", " of", " 8", " is", " 4", " ", "", "\u2713", "\\", "boxed", "{", "4", "}"),
                tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(8, t.thinkEnd());
        assertLogprobs(t, -0.3, -0.01, -0.02, -0.05, -0.1, -0.9, -1.1, -0.0002, -0.4, -0.001, 0.0, -0.003, -0.02);
        assertEquals("chatcmpl-stream-7", t.id());
        assertEquals("Qwen/QwQ-32B", t.meta().model());
        assertEquals("stop", t.meta().extra().get("finishReason"));
    }

    @Test
    void characterSplitAcrossChunksBelongsToTheTokenThatCompletesIt() throws IOException {
        Trace t = only("vllm-reasoning-stream.txt");
        assertEquals("", t.tokenText(6));
        assertEquals("\u2713", t.tokenText(7));
    }

    @Test
    void perChunkTopLogprobsKeepTheSentinel() throws IOException {
        TopK k = only("vllm-reasoning-stream.txt").topK();
        assertNotNull(k);
        assertEquals("One", k.text(0, 1));
        assertEquals(-1.5f, k.logprob(0, 1));
        assertEquals("2", k.text(11, 1));
        assertEquals(-9999f, k.logprob(11, 1));
    }

    @Test
    void reasoningContentDeltasWithoutLogprobsAreSplitIntoTokens() throws IOException {
        Trace t = only("deepseek-reasoner-stream.sse");
        assertEquals(List.of("Okay", ",", " 6", " times", " 7", " is", " 42", ".", "The", " answer", " is", " 42", "."),
                tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(8, t.thinkEnd());
        assertFalse(t.hasLogprobs());
        assertEquals("0f3a9c1e-7b2d-4e5f-9a8b-deepseek", t.id());
    }

    @Test
    void severalChoicesInOneStreamFormAGroup() throws IOException {
        String sse = "data: {\"id\":\"s\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"B\"}}]}\n"
                + "data: {\"id\":\"s\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}}]}\n"
                + "data: [DONE]\n";
        List<Trace> traces = read(text("two.txt", sse), "openai-sse");
        assertEquals(2, traces.size());
        assertEquals("s:0", traces.get(0).id());
        assertEquals("A", traces.get(0).text());
        assertEquals(new GroupRef("s", 1), traces.get(1).group());
    }

    @Test
    void streamsAfterDoneStartNewTraces() throws IOException {
        String sse = "data: {\"choices\":[{\"delta\":{\"content\":\"A\"}}]}\n\ndata: [DONE]\n\n"
                + "data: {\"choices\":[{\"delta\":{\"content\":\"B\"}}]}\n\ndata: [DONE]\n";
        List<Trace> traces = read(text("runs.sse", sse), "openai-sse");
        assertEquals(List.of("runs:0", "runs:1"), List.of(traces.get(0).id(), traces.get(1).id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vllm-reasoning-stream.txt", "deepseek-reasoner-stream.sse"})
    void sniffingPicksOpenAiSse(String file) throws IOException {
        assertEquals("openai-sse", ImporterFixtures.sniffed(DIR + file));
    }

    @Test
    void wrongTypeIsReportedAtTheTranscriptLineAndColumn() {
        assertEquals("content-is-a-number.txt:3:58: expected \"content\" (a string), found number 5",
                error(source("malformed/openai-sse/content-is-a-number.txt"), "openai-sse"));
    }

    @Test
    void cutJsonIsReportedOnItsLine() {
        assertEquals("cut-json.txt:1:94: unexpected end of input inside a string",
                error(source("malformed/openai-sse/cut-json.txt"), "openai-sse"));
    }

    @Test
    void lineThatIsNoEventIsRejected() {
        assertEquals("garbage-line.txt:2:1: expected a \"data:\" line, found \"hello there\"",
                error(source("malformed/openai-sse/garbage-line.txt"), "openai-sse"));
    }

    @Test
    void transcriptWithoutChunksIsAnError() {
        assertEquals("blank.txt:1:1: expected data: lines holding chat.completion.chunk objects, found none",
                error(text("blank.txt", "\n"), "openai-sse"));
    }
}
