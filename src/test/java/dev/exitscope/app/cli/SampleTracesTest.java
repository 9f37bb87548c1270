package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled sample traces, read through the real command line as a newcomer would. */
class SampleTracesTest {
    @Test
    void everySampleTraceIsReadableAndCountedPerSet() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", "sample-traces"), cli.err);
        JsonNode traces = new ObjectMapper().readTree(cli.out).get("traces");
        Map<String, Integer> perSet = new HashMap<>();
        for (JsonNode t : traces) {
            String set = t.get("file").asText().split("/")[1];
            perSet.merge(set, 1, Integer::sum);
        }
        assertEquals(Map.of("formats", 7, "llamacpp-qwen3", 4, "marco-o1", 12, "qwen25-math", 80, "zeroeval-o1", 10),
                perSet);
    }

    @Test
    void handMadeFormatExamplesAllAnswer54WithLogprobs() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", "sample-traces/formats"), cli.err);
        for (JsonNode t : new ObjectMapper().readTree(cli.out).get("traces")) {
            assertEquals("54", t.get("finalAnswer").asText(), t.get("id").asText());
            assertTrue(t.get("hasLogprobs").asBoolean());
            assertTrue(t.get("thinkTokens").asInt() > 0);
        }
    }

    @Test
    void qwenGroupsHaveEightSamplesEachAndMixedQuestionsAreMixed() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", "sample-traces/qwen25-math"), cli.err);
        Map<String, Integer> size = new HashMap<>();
        Map<String, Integer> correct = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(cli.out).get("traces")) {
            String g = t.get("groupId").asText();
            size.merge(g, 1, Integer::sum);
            correct.merge(g, t.get("correct").asBoolean() ? 1 : 0, Integer::sum);
        }
        assertEquals(10, size.size());
        size.values().forEach(n -> assertEquals(8, n));
        // the dataset's own scores: question 3 all wrong; 6, 17, 28 mixed (3, 4 and 2 correct); the rest all right
        assertEquals(0, correct.get("3"));
        assertEquals(3, correct.get("6"));
        assertEquals(4, correct.get("17"));
        assertEquals(2, correct.get("28"));
        assertEquals(8, correct.get("0"));
    }
}
