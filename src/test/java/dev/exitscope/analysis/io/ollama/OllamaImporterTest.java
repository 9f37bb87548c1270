package dev.exitscope.analysis.io.ollama;

import static dev.exitscope.analysis.io.openai.ImporterFixtures.assertLogprobs;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.error;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.read;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.source;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.openai.ImporterFixtures;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OllamaImporterTest {
    private static final String DIR = "fixtures/ollama/";

    private static Trace only(String file) throws IOException {
        List<Trace> traces = read(DIR + file, "ollama");
        assertEquals(1, traces.size());
        return traces.get(0);
    }

    @Test
    void streamedChatTokensComeFromTheLogprobsEvenWhenAChunkTextLacksThem() throws IOException {
        Trace t = only("chat-thinking-stream.ndjson");
        assertEquals(List.of("Okay", ",", " 12", " ", "", "\u00f7", " 4", " =", " 3", ".", "\\", "boxed", "{", "3",
                "}"), tokens(t));
        assertLogprobs(t, -0.01, -0.2, -0.3, -0.1, -0.6, -0.001, -0.02, -0.04, -0.05, -0.3, -0.2, -0.001, 0.0, -0.05,
                -0.01);
    }

    @Test
    void thinkingTextFormsTheThinkingBlock() throws IOException {
        Trace t = only("chat-thinking-stream.ndjson");
        assertEquals(0, t.thinkStart());
        assertEquals(10, t.thinkEnd());
        assertEquals("qwen3:4b", t.meta().model());
        assertEquals("stop", t.meta().extra().get("finishReason"));
        assertEquals("chat-thinking-stream:0", t.id());
    }

    @Test
    void splitUtf8CharacterBelongsToTheTokenThatCompletesIt() throws IOException {
        Trace t = only("chat-thinking-stream.ndjson");
        assertEquals("", t.tokenText(4));
        assertEquals("\u00f7", t.tokenText(5));
    }

    @Test
    void topLogprobsKeepTheSentinel() throws IOException {
        TopK k = only("chat-thinking-stream.ndjson").topK();
        assertNotNull(k);
        assertEquals("Alright", k.text(0, 1));
        assertEquals("$", k.text(10, 1));
        assertEquals(-9999f, k.logprob(10, 1));
    }

    @Test
    void generateResponseWithoutLogprobsIsSplit() throws IOException {
        Trace t = only("generate-thinking.json");
        assertEquals(List.of("2", " cubed", " is", " 8", ".", "The", " answer", " is", " ", "\\", "boxed", "{", "8",
                "}", "."), tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(5, t.thinkEnd());
        assertFalse(t.hasLogprobs());
        assertEquals("deepseek-r1:7b", t.meta().model());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat-thinking-stream.ndjson", "generate-thinking.json"})
    void sniffingPicksOllama(String file) throws IOException {
        assertEquals("ollama", ImporterFixtures.sniffed(DIR + file));
    }

    @Test
    void doneMustBeABoolean() {
        assertEquals("done-not-boolean.ndjson:2:41: expected \"done\" (true or false), found string \"yes\"",
                error(source("malformed/ollama/done-not-boolean.ndjson"), "ollama"));
    }

    @Test
    void truncatedStreamNamesItsLastLine() {
        String message = error(source("malformed/ollama/truncated.ndjson"), "ollama");
        assertTrue(message.startsWith("truncated.ndjson:2:36: unexpected end of input"), message);
    }
}
