package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command line's honest token accounting, group rows for ffs and the one-line unreplayable configurations. */
class TokenAccountingCommandTest {
    private static final String QWEN = "sample-traces/qwen25-math";
    private static final String MARCO = "sample-traces/marco-o1/CoT_demo.traces.jsonl";
    private static final String O1 = "sample-traces/zeroeval-o1";

    private static JsonNode row(JsonNode results, String trace, String policy) {
        for (JsonNode r : results) {
            if (r.get("trace").asText().equals(trace) && r.get("policy").asText().equals(policy)) {
                return r;
            }
        }
        throw new AssertionError("no row " + trace + " " + policy);
    }

    private static JsonNode budget(JsonNode results, String trace, String tokens) {
        for (JsonNode r : results) {
            if (r.get("trace").asText().equals(trace) && r.get("params").get("tokens").asText().equals(tokens)) {
                return r;
            }
        }
        throw new AssertionError("no budget row " + trace + " " + tokens);
    }

    @Test
    void aBudgetReachingTheEndOfTheThinkingSavesNothing() throws Exception {
        // CoT_demo:4 has 1,096 tokens and thinkEnd 738: budget 738 keeps the whole reasoning, so it has not fired;
        // budget 737 keeps 737 and pays for the 1,096 - 738 = 358 answer tokens: used 1,095, saved 1/1096
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--json", "--policy", "budget:tokens=738", "--policy",
                "budget:tokens=737", MARCO), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/replay.schema.json"), root));
        JsonNode rows = root.get("results");
        JsonNode at = budget(rows, "CoT_demo:4", "738");
        JsonNode before = budget(rows, "CoT_demo:4", "737");
        assertTrue(at.get("exitToken").isNull());
        assertEquals("none", at.get("reason").asText());
        assertEquals(1096, at.get("tokensUsed").asInt());
        assertEquals(0.0, at.get("saved").asDouble(), 1e-12);
        assertEquals(737, before.get("exitToken").asInt());
        assertEquals(358, before.get("answerCost").asInt());
        assertEquals(1095, before.get("tokensUsed").asInt());
        assertEquals(1.0 / 1096, before.get("saved").asDouble(), 1e-12);
        assertEquals(738, before.get("thinkingTokens").asInt());
        assertEquals(1.0 / 738, before.get("thinkingSaved").asDouble(), 1e-12);
    }

    @Test
    void answerCostNoneCountsOnlyTheKeptPrefix() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--json", "--answer-cost", "none", "--policy", "budget:tokens=737",
                MARCO), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("none", root.get("answerCostMode").asText());
        JsonNode r = row(root.get("results"), "CoT_demo:4", "budget");
        assertEquals(737, r.get("tokensUsed").asInt());
        assertEquals(0, r.get("answerCost").asInt());
        assertEquals(1.0 - 737.0 / 1096, r.get("saved").asDouble(), 1e-12);
    }

    @Test
    void noFirstkExitOnTheO1TracesLiesInsideTheirThinking() throws Exception {
        // each bundled o1 trace states its first candidate only in the answer after its thinking
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--json", "--policy", "firstk", O1), cli.err);
        JsonNode rows = new ObjectMapper().readTree(cli.out).get("results");
        assertEquals(10, rows.size());
        for (JsonNode r : rows) {
            assertTrue(r.get("exitToken").isNull(), r.toString());
            assertEquals(r.get("tokensTotal").asInt(), r.get("tokensUsed").asInt());
        }
    }

    @Test
    void replayFfsGivesOneRowPerGroupWithItsWinner() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("replay", "--json", "--policy", "ffs", QWEN), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/replay.schema.json"), root));
        JsonNode rows = root.get("results");
        assertEquals(10, rows.size());
        Set<String> groups = new HashSet<>();
        for (JsonNode r : rows) {
            assertEquals("ffs", r.get("policy").asText());
            assertEquals("first-finish", r.get("reason").asText());
            String group = r.get("trace").asText();
            groups.add(group);
            // the winner is a sample of that group: ids are GROUP:SAMPLE
            assertTrue(r.get("winner").asText().startsWith(group + ":"), r.toString());
            // 8 samples in lockstep until the shortest ends: used = 8 × L_min
            assertEquals(8 * r.get("exitToken").asInt(), r.get("tokensUsed").asInt());
        }
        assertEquals(10, groups.size());
    }

    @Test
    void aConfigurationWithNoReplayableTraceIsOneLine() {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("evaluate", "--policy", "entropy", "--policy", "budget:tokens=200", QWEN), cli.err);
        assertTrue(cli.out.contains("entropy:minTokens=128,window=32,threshold=0.3,boundaries=.\\n;?!,: 0/80"
                + " replayable — needs logprobs\n"), cli.out);
        long entropyLines = cli.out.lines().filter(l -> l.startsWith("entropy")).count();
        assertEquals(1, entropyLines, cli.out);
        assertTrue(cli.out.lines().anyMatch(l -> l.startsWith("budget:tokens=200") && l.contains("80/80")), cli.out);
    }

    @Test
    void policiesListsFfsAndReplayTablesSayNotReplayable() {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("policies"), cli.err);
        assertTrue(cli.out.lines().anyMatch(l -> l.startsWith("ffs — First Finish Search")), cli.out);
        assertEquals(0, cli.run("replay", "--policy", "scm", MARCO), cli.err);
        assertTrue(cli.out.lines().skip(1).allMatch(l -> l.contains("not-replayable")), cli.out);
    }

    @Test
    void anUnknownAnswerCostIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("replay", "--answer-cost", "some", "--policy", "firstk", MARCO));
        assertEquals("exitscope replay: --answer-cost: unknown answer cost 'some', expected recorded, probe or none",
                cli.err.strip());
    }
}
