package dev.exitscope.analysis.io.openai;

import static dev.exitscope.analysis.io.openai.ImporterFixtures.assertLogprobs;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.error;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.read;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.source;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionsImporterTest {
    private static final String DIR = "fixtures/completions/";

    @Test
    void parallelListsBecomeTokensWithNullLogprobUnknown() throws IOException {
        Trace t = read(DIR + "vllm-completion.json", "completions").get(0);
        assertEquals(List.of("<think>", "\n", "9", "/", "3", "=", "3", "\n", "</think>", "\n\n", "\\", "boxed", "{",
                "3", "}"), tokens(t));
        assertLogprobs(t, Double.NaN, -0.2, -0.4, -0.05, -0.01, -0.03, -0.002, -0.3, -0.001, -0.02, -0.5, -0.001, 0.0,
                -0.01, -0.04);
        assertEquals("cmpl-5f1e2d3c4b", t.id());
        assertEquals("Qwen/Qwen3-0.6B", t.meta().model());
    }

    @Test
    void topLogprobMapsBecomeRowsAndNullEntriesEmptyRows() throws IOException {
        TopK k = read(DIR + "vllm-completion.json", "completions").get(0).topK();
        assertNotNull(k);
        assertEquals(0, k.count(0));
        assertEquals(2, k.count(1));
        assertEquals("\n\n", k.text(1, 1));
        assertEquals(-1.8f, k.logprob(1, 1));
        assertEquals("2", k.text(13, 1));
        assertEquals(-9999f, k.logprob(13, 1));
    }

    @Test
    void thinkTagsInTheTextMarkTheThinkingBlock() throws IOException {
        Trace t = read(DIR + "vllm-completion.json", "completions").get(0);
        assertEquals(0, t.thinkStart());
        assertEquals(9, t.thinkEnd());
    }

    @Test
    void choicesWithoutLogprobsAreSplitAndGrouped() throws IOException {
        List<Trace> traces = read(DIR + "two-samples-no-logprobs.json", "completions");
        Trace first = traces.get(0);
        assertEquals(List.of("10", " minus", " 4", " is", " 6", ".", "<", "/", "think", ">", " ", "\\", "boxed", "{",
                "6", "}"), tokens(first));
        assertEquals(0, first.thinkStart());
        assertEquals(10, first.thinkEnd());
        assertEquals("cmpl-two:1", traces.get(1).id());
        assertEquals(new GroupRef("cmpl-two", 1), traces.get(1).group());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vllm-completion.json", "two-samples-no-logprobs.json"})
    void sniffingPicksCompletions(String file) throws IOException {
        assertEquals("completions", ImporterFixtures.sniffed(DIR + file));
    }

    @Test
    void listsOfDifferentLengthsAreRejected() {
        assertEquals("length-mismatch.json:2:73: expected \"token_logprobs\" to have as many entries as \"tokens\" (3),"
                + " found 2", error(source("malformed/completions/length-mismatch.json"), "completions"));
    }

    @Test
    void topLogprobsEntryMustBeAMap() {
        assertEquals("top-logprobs-not-a-map.json:2:50: expected a map of token to logprob, or null, found an array",
                error(source("malformed/completions/top-logprobs-not-a-map.json"), "completions"));
    }
}
