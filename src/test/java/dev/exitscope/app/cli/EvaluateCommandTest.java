package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        // First Finish keeps every sample of a group until its shortest one ends: n · L_min of Σ L. The sums are
        // read here from the corpus file itself (token counts per group, no ExitScope code); the traces have no
        // thinking block, so no answer cost is added. Over the ten groups Σ n · L_min = 31,176 and
        // Σ Σ L = 39,615 (8 · 231 + 8 · 483 + … + 8 · 894; 1,914 + 4,386 + … + 11,912).
        Map<String, List<Integer>> lengths = groupLengths(Path.of(QWEN, "math_cot_100.traces.jsonl"));
        assertEquals(10, lengths.size());
        long kept = 0;
        long total = 0;
        double meanSaved = 0;
        for (List<Integer> group : lengths.values()) {
            int shortest = group.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int sum = group.stream().mapToInt(Integer::intValue).sum();
            kept += (long) group.size() * shortest;
            total += sum;
            meanSaved += (1.0 - (double) group.size() * shortest / sum) / lengths.size();
        }
        assertEquals(31_176, kept);
        assertEquals(39_615, total);
        assertEquals(10, e.get("traces").asInt());
        assertEquals(10, e.get("replayable").asInt());
        assertEquals(1.0 - 31_176.0 / 39_615.0, e.get("savings").asDouble(), 1e-12);
        assertEquals(meanSaved, e.get("savingsMean").asDouble(), 1e-12);
        // the shortest sample is right in 8 groups (all but 3 and 28, by the harness's own datasetCorrect), and so
        // is the majority vote (FirstFinishTest works groups 6, 17 and 28 by hand): no discordant group
        assertEquals(0.8, e.get("accuracy").asDouble(), 1e-12);
        assertEquals(0.8, e.get("accuracyFull").asDouble(), 1e-12);
        assertEquals(0, e.get("rightToWrong").asInt());
        assertEquals(0, e.get("wrongToRight").asInt());
        assertEquals(1.0, e.get("exitRate").asDouble(), 1e-12);
        assertEquals(1.0, e.get("mcnemarP").asDouble(), 1e-12);
    }

    /** Token counts of each group's samples, read with a plain JSON parser from the corpus file. */
    private static Map<String, List<Integer>> groupLengths(Path corpus) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode trace = json.readTree(line);
            assertTrue(trace.get("thinkEnd") == null || trace.get("thinkEnd").isNull(), "no thinking block");
            groups.computeIfAbsent(trace.get("group").get("id").asText(), g -> new ArrayList<>())
                    .add(trace.get("tokens").get("text").size());
        }
        return groups;
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
