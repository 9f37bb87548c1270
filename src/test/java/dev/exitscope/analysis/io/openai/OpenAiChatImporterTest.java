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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiChatImporterTest {
    private static final String DIR = "fixtures/openai-chat/";
    private static final double NAN = Double.NaN;

    private static Trace only(String file) throws IOException {
        List<Trace> traces = read(DIR + file, "openai-chat");
        assertEquals(1, traces.size());
        return traces.get(0);
    }

    @Test
    void reasoningFieldFormsTheThinkingBlockCoveredByTheServerTokens() throws IOException {
        Trace t = only("vllm-reasoning-logprobs.json");
        assertEquals(List.of("Sum", ":", " 2", "+", "2", "=", "4", " ", "", "\u2713", "\n\n", "The", " answer", " is",
                " \\", "boxed", "{", "4", "}."), tokens(t));
        assertEquals("Sum: 2+2=4 \u2713\n\nThe answer is \\boxed{4}.", t.text());
        assertEquals(0, t.thinkStart());
        assertEquals(10, t.thinkEnd());
        assertLogprobs(t, -0.5, -0.01, -0.1, -0.02, -0.03, -0.2, -0.001, -0.3, -0.7, -0.0001, -0.05, -0.4, -0.02,
                -0.01, -0.6, -0.001, 0.0, -9999, -0.25);
    }

    @Test
    void splitUtf8CharacterBelongsToTheTokenThatCompletesIt() throws IOException {
        Trace t = only("vllm-reasoning-logprobs.json");
        assertEquals("", t.tokenText(8));
        assertEquals("\u2713", t.tokenText(9));
    }

    @Test
    void nullBytesFallBackToTheTokenString() throws IOException {
        assertEquals("=", only("vllm-reasoning-logprobs.json").tokenText(5));
    }

    @Test
    void sentinelLogprobIsKeptAsGiven() throws IOException {
        Trace t = only("vllm-reasoning-logprobs.json");
        assertEquals(-9999f, t.logprob(17));
        TopK k = t.topK();
        assertNotNull(k);
        assertEquals(" two", k.text(2, 1));
        assertEquals(-9999f, k.logprob(2, 1));
    }

    @Test
    void topLogprobsBecomeTopKRowsInServerOrder() throws IOException {
        TopK k = only("vllm-reasoning-logprobs.json").topK();
        assertNotNull(k);
        assertEquals(2, k.k());
        assertEquals(2, k.count(0));
        assertEquals("Sum", k.text(0, 0));
        assertEquals(-0.5f, k.logprob(0, 0));
        assertEquals("Total", k.text(0, 1));
        assertEquals(-1.2f, k.logprob(0, 1));
        assertEquals(1, k.count(3));
        assertEquals(0, k.count(8));
    }

    @Test
    void idModelAndFinishReasonComeFromTheResponse() throws IOException {
        Trace t = only("vllm-reasoning-logprobs.json");
        assertEquals("chatcmpl-vllm-1", t.id());
        assertEquals("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", t.meta().model());
        assertEquals("stop", t.meta().extra().get("finishReason"));
        assertNull(t.group());
    }

    @Test
    void reasoningContentWithoutLogprobsIsSplitIntoTokensOfUnknownLogprob() throws IOException {
        Trace t = only("deepseek-reasoner.json");
        assertEquals(List.of("3", " times", " 4", " is", " 12", ".", "The", " answer", " is", " ", "\\", "boxed", "{",
                "12", "}", "."), tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(6, t.thinkEnd());
        assertFalse(t.hasLogprobs());
        assertEquals("deepseek-reasoner", t.meta().model());
    }

    @Test
    void reasoningWithoutTokensGoesBeforeTheServerTokensOfTheContent() throws IOException {
        Trace t = only("reasoning-without-tokens.json");
        assertEquals(List.of("3", " plus", " 4", " makes", " 7", ".", "The", " answer", " is", " ", "7", "."),
                tokens(t));
        assertEquals(0, t.thinkStart());
        assertEquals(6, t.thinkEnd());
        assertLogprobs(t, NAN, NAN, NAN, NAN, NAN, NAN, -0.2, -0.01, 0.0, -0.5, -0.02, -0.3);
        TopK k = t.topK();
        assertNotNull(k);
        assertEquals(0, k.count(0));
        assertEquals("8", k.text(10, 1));
    }

    @Test
    void inlineThinkTagsAreFoundByTheBuilder() throws IOException {
        List<Trace> traces = read(DIR + "inline-think-two-choices.json", "openai-chat");
        Trace first = traces.get(0);
        assertEquals(15, first.tokenCount());
        assertEquals("<think>", first.tokenText(0));
        assertEquals("</think>", first.tokenText(8));
        assertEquals(0, first.thinkStart());
        assertEquals(9, first.thinkEnd());
        Trace second = traces.get(1);
        assertEquals(List.of("<", "think", ">", "\n", "5", " minus", " 3", " is", " 2", ".", "\n", "<", "/", "think",
                ">", "\n\n", "\\", "boxed", "{", "2", "}"), tokens(second));
        assertEquals(0, second.thinkStart());
        assertEquals(15, second.thinkEnd());
    }

    @Test
    void severalChoicesFormAGroupNamedByTheResponseId() throws IOException {
        List<Trace> traces = read(DIR + "inline-think-two-choices.json", "openai-chat");
        assertEquals(2, traces.size());
        assertEquals("chatcmpl-AbC123:0", traces.get(0).id());
        assertEquals("chatcmpl-AbC123:1", traces.get(1).id());
        assertEquals(new GroupRef("chatcmpl-AbC123", 0), traces.get(0).group());
        assertEquals(new GroupRef("chatcmpl-AbC123", 1), traces.get(1).group());
    }

    @Test
    void responsesWithoutIdAreNamedByFileStemAndRecordIndex() throws IOException {
        String two = "[{\"choices\":[{\"message\":{\"content\":\"A\"}}]},"
                + "{\"choices\":[{\"message\":{\"content\":\"B\"}}]}]";
        List<Trace> traces = read(text("replies.json", two), "openai-chat");
        assertEquals("replies:0", traces.get(0).id());
        assertEquals("replies:1", traces.get(1).id());
        assertEquals("B", traces.get(1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vllm-reasoning-logprobs.json", "deepseek-reasoner.json", "inline-think-two-choices.json",
            "reasoning-without-tokens.json"})
    void sniffingPicksOpenAiChat(String file) throws IOException {
        assertEquals("openai-chat", ImporterFixtures.sniffed(DIR + file));
    }

    @Test
    void truncatedInputNamesTheLineAndColumnWhereItEnds() {
        String message = error(source("malformed/openai-chat/truncated.json"), "openai-chat");
        assertTrue(message.startsWith("truncated.json:3:60: unexpected end of input: expected '}' to close the object"),
                message);
    }

    @Test
    void stringLogprobIsReportedWhereItStands() {
        assertEquals("logprob-is-a-string.json:3:56: expected a logprob (a number or null), found string \"-0.1\"",
                error(source("malformed/openai-chat/logprob-is-a-string.json"), "openai-chat"));
    }

    @Test
    void byteOutsideZeroTo255IsRejected() {
        assertEquals("byte-out-of-range.json:3:76: expected a byte (an integer 0-255), found number 305",
                error(source("malformed/openai-chat/byte-out-of-range.json"), "openai-chat"));
    }

    @Test
    void positiveLogprobIsRejected() {
        assertEquals("positive-logprob.json:3:56: expected a logprob (a number <= 0), found number 2.5",
                error(source("malformed/openai-chat/positive-logprob.json"), "openai-chat"));
    }

    @Test
    void overflowingNegativeLogprobBecomesTheSentinel() throws IOException {
        String json = "{\"choices\":[{\"message\":{\"content\":\"x\"},\"logprobs\":{\"content\":"
                + "[{\"token\":\"x\",\"logprob\":-1e999,\"bytes\":[120]}]}}]}";
        assertLogprobs(read(text("huge.json", json), "openai-chat").get(0), -9999);
    }

    @Test
    void emptyInputIsAnError() {
        assertEquals("empty.json:1:1: expected a chat.completion object, found end of input",
                error(text("empty.json", ""), "openai-chat"));
    }

    @Test
    void streamingChunkPointsToTheStreamFormat() {
        assertEquals("chunk.json:1:11: expected a chat.completion, found a streaming chunk"
                        + " (read streams with --format openai-sse)",
                error(text("chunk.json", "{\"object\":\"chat.completion.chunk\",\"choices\":[]}"), "openai-chat"));
    }

    @Test
    void tokenLimitIsReportedAsInputError() {
        String json = "{\"choices\":[{\"message\":{\"content\":\"one two three\"}}]}";
        var src = text("long.json", json);
        var options = dev.exitscope.analysis.io.ImportOptions.DEFAULT.withLimits(
                dev.exitscope.analysis.io.ReadLimits.DEFAULT.withMaxTokens(2));
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.exitscope.analysis.io.TraceInputException.class,
                () -> new OpenAiChatImporter().read(src, options, t -> { }));
        assertEquals("long.json:1:53: more than 2 tokens (raise the limit with --max-tokens)", e.getMessage());
    }
}
