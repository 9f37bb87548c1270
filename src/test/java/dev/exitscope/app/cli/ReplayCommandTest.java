package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReplayCommandTest {
    private static final String QWEN = "sample-traces/qwen25-math/math_cot_100.traces.jsonl";

    @Test
    void policiesJsonListsEveryPolicyAndMatchesItsSchema() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("policies", "--json"), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/policies.schema.json"), root));
        JsonNode first = root.get("policies").get(0);
        assertEquals("budget", first.get("name").asText());
        assertEquals("4096", first.get("params").get(0).get("default").asText());
        boolean nowait = false;
        for (JsonNode p : root.get("policies")) {
            if (p.get("name").asText().equals("nowait")) {
                nowait = !p.get("replayable").asBoolean() && p.get("why").asText().contains("changes generation");
            }
        }
        assertTrue(nowait);
    }

    @Test
    void replayJsonHasOneRowPerTraceAndPolicyAndMatchesItsSchema() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--policy", "firstk", "--policy", "scm", "--json", QWEN), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/replay.schema.json"), root));
        JsonNode rows = root.get("results");
        assertEquals(160, rows.size());
        JsonNode scm = rows.get(1);
        assertEquals("scm", scm.get("policy").asText());
        assertEquals(false, scm.get("replayable").asBoolean());
        assertEquals("series:harm", scm.get("needs").get(0).asText());
        assertTrue(scm.get("answer").isNull());
        assertTrue(scm.get("exitToken").isNull());
        assertEquals("recorded", root.get("answerCostMode").asText());
        int exits = 0;
        for (JsonNode r : rows) {
            if (!r.get("policy").asText().equals("firstk")) {
                continue;
            }
            // these traces mark no thinking block: the reasoning is the whole trace and no answer is paid for
            int total = r.get("tokensTotal").asInt();
            assertEquals(total, r.get("thinkingTokens").asInt());
            assertEquals(0, r.get("answerCost").asInt());
            if (r.get("exitToken").isNull()) {
                assertEquals("none", r.get("reason").asText());
                assertEquals(total, r.get("tokensUsed").asInt());
            } else {
                exits++;
                int exit = r.get("exitToken").asInt();
                assertTrue(exit < total, r.toString());
                assertEquals("candidate", r.get("reason").asText());
                assertEquals(exit, r.get("tokensUsed").asInt());
                assertEquals(1.0 - (double) exit / total, r.get("thinkingSaved").asDouble(), 1e-12);
            }
        }
        assertTrue(exits > 0);
    }

    @Test
    void tableIsTheDefault() {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--policy", "budget:tokens=100", QWEN), cli.err);
        assertTrue(cli.out.startsWith("trace  policy"), cli.out);
        assertTrue(cli.out.contains("budget:tokens=100"));
    }

    @Test
    void badSpecIsAOneLineUsageError() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("replay", "--policy", "rpdi:windw=3", QWEN));
        assertEquals("exitscope replay: policy 'rpdi' has no parameter 'windw'; valid: window, threshold, minTokens,"
                + " boundaries", cli.err.strip());
        assertEquals(2, cli.run("replay", "--policy", "nowait", QWEN));
        assertEquals(1, cli.err.strip().lines().count());
    }
}
