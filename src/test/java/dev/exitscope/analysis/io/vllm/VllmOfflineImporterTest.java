package dev.exitscope.analysis.io.vllm;

import static dev.exitscope.analysis.io.openai.ImporterFixtures.assertLogprobs;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.error;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.read;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.source;
import static dev.exitscope.analysis.io.openai.ImporterFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exitscope.analysis.io.openai.ImporterFixtures;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VllmOfflineImporterTest {
    private static final String FILE = "fixtures/vllm-offline/two-outputs.json";

    @Test
    void sampledTokenIsTheEntryOfItsTokenIdWhateverItsRank() throws IOException {
        Trace t = read(FILE, "vllm-offline").get(0);
        assertEquals(List.of("2", "+", "3", "=", "5", "</think>", "\\", "boxed", "{", "5", "}"), tokens(t));
        assertLogprobs(t, -0.1, -0.05, -0.02, -0.3, -1.6, -0.01, -0.2, 0.0, -0.001, -0.02, -0.004);
        assertEquals(20, t.tokenId(4));
        assertEquals(151668, t.tokenId(5));
    }

    @Test
    void topKRowsAreOrderedByRankAndCutToTheSmallestMapSize() throws IOException {
        TopK k = read(FILE, "vllm-offline").get(0).topK();
        assertNotNull(k);
        assertEquals(2, k.k());
        assertEquals(2, k.count(4));
        assertEquals("6", k.text(4, 0));
        assertEquals(-0.4f, k.logprob(4, 0));
        assertEquals("5", k.text(4, 1));
        assertEquals("\"", k.text(7, 1));
        assertEquals(-9999f, k.logprob(7, 1));
    }

    @Test
    void outputsFormAGroupNamedByTheRequestId() throws IOException {
        List<Trace> traces = read(FILE, "vllm-offline");
        assertEquals("req-0:0", traces.get(0).id());
        assertEquals(new GroupRef("req-0", 1), traces.get(1).group());
        assertEquals("What is 2+3? Think briefly.", traces.get(0).prompt());
        assertEquals("-2.3", traces.get(0).meta().extra().get("cumulativeLogprob"));
    }

    @Test
    void closingTagAloneEndsTheThinkingBlock() throws IOException {
        List<Trace> traces = read(FILE, "vllm-offline");
        assertEquals(0, traces.get(0).thinkStart());
        assertEquals(6, traces.get(0).thinkEnd());
        Trace second = traces.get(1);
        assertEquals(List.of("3", "+", "2", "=", "5", "<", "/", "think", ">", "\\", "boxed", "{", "5", "}"),
                tokens(second));
        assertEquals(9, second.thinkEnd());
    }

    @Test
    void sniffingPicksVllmOffline() throws IOException {
        assertEquals("vllm-offline", ImporterFixtures.sniffed(FILE));
    }

    @Test
    void missingSampledEntryIsRejected() {
        assertEquals("sampled-token-missing.json:2:74: expected an entry for sampled token id 5 at position 0 of"
                + " \"logprobs\"", error(source("malformed/vllm-offline/sampled-token-missing.json"), "vllm-offline"));
    }

    @Test
    void keyThatIsNoTokenIdIsRejected() {
        assertEquals("key-not-a-token-id.json:2:17: expected a token id as key, found \"abc\"",
                error(source("malformed/vllm-offline/key-not-a-token-id.json"), "vllm-offline"));
    }
}
