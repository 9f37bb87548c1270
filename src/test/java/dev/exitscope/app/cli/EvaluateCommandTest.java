package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    private static final String QWEN = "sample-traces/qwen25-math";

    @Test
    void jsonFollowsTheSchemaWithOneEntryPerConfigurationInOrder() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("evaluate", "--json", "--policy", "ffs", "--policy", "firstk",
                "--sweep", "budget:tokens=200:400:3", QWEN, "sample-traces/marco-o1"), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/evaluate.schema.json"), root));
        JsonNode p = root.get("policies");
        assertEquals(5, p.size());
        assertEquals("ffs", p.get(0).get("policy").asText());
        assertEquals("firstk", p.get(1).get("policy").asText());
        assertEquals("300", p.get(3).get("params").get("tokens").asText());
        // ten Qwen groups plus twelve Marco-o1 traces that belong to no group
        assertEquals(22, p.get(0).get("traces").asInt());
        assertEquals(10, p.get(0).get("replayable").asInt());
        assertEquals(92, p.get(1).get("traces").asInt());
    }

    @Test
    void ffsOnQwenGroupsMatchesTheGroupRows() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("evaluate", "--json", "--policy", "ffs", QWEN), cli.err);
        JsonNode e = new ObjectMapper().readTree(cli.out).get("policies").get(0);
        // Σ n·L_min and Σ ΣL over the ten groups, from the group rows FirstFinishTest checks by hand
        assertTrue(e.get("savings").asDouble() > 0);
        assertEquals(e.get("accuracy").asDouble(), e.get("accuracyFull").asDouble(), 1e-12);
        assertEquals(1.0, e.get("exitRate").asDouble(), 1e-12);
        assertEquals(1.0, e.get("mcnemarP").asDouble(), 1e-12);
    }

    @Test
    void seedMakesIntervalsReproducible() throws Exception {
        CliRunner a = new CliRunner();
        CliRunner b = new CliRunner();
        a.run("evaluate", "--json", "--seed", "5", "--policy", "budget:tokens=300", QWEN);
        b.run("evaluate", "--json", "--seed", "5", "--policy", "budget:tokens=300", QWEN);
        assertEquals(a.out, b.out);
    }

    @Test
    void csvHasAHeaderAndOneRowPerConfiguration() {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("evaluate", "--csv", "--policy", "budget:tokens=300", "--policy", "ffs", QWEN),
                cli.err);
        String[] lines = cli.out.strip().split("\n");
        assertEquals(3, lines.length);
        assertEquals(EvaluationTextWriter.CSV_HEADER, lines[0]);
        assertTrue(lines[1].startsWith("budget,tokens=300,80,80,"), lines[1]);
    }

    @Test
    void tableIsTheDefault() {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("evaluate", "--policy", "ffs", QWEN), cli.err);
        assertTrue(cli.out.startsWith("POLICY"), cli.out);
    }

    @Test
    void missingPolicyAndBadSpecsAreUsageErrors() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("evaluate", QWEN));
        assertTrue(cli.err.contains("--policy"), cli.err);
        assertEquals(2, cli.run("evaluate", "--policy", "nosuch", QWEN));
        assertEquals(2, cli.run("evaluate", "--sweep", "budget:tokens=1:2:1", QWEN));
        assertEquals(2, cli.run("evaluate", "--json", "--csv", "--policy", "ffs", QWEN));
    }
}
