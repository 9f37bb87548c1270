package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsCommandTest {
    /**
     * A native trace built by hand: tokens "Wait", ",", " x", "." with top-2 rows. Token 0 lists (0.5, 0.5) so its
     * entropy is ln 2 exactly; token 1 gives an exact entropy of 0.25; the others have no alternatives.
     */
    private static final String TRACE = "{\"format\":\"exitscope/1\",\"id\":\"t1\","
            + "\"tokens\":{\"text\":[\"Wait\",\",\",\" x\",\".\"],\"logprob\":[-0.6931472,-0.1,null,-0.2],"
            + "\"entropy\":[null,0.25,null,null],"
            + "\"topK\":{\"k\":2,\"text\":[[\"Wait\",\"So\"],[],[],[]],"
            + "\"logprob\":[[-0.6931472,-0.6931472],[],[],[]]}},"
            + "\"series\":{\"harm\":[0.1,0.2,null,0.9]}}";

    @TempDir
    Path dir;

    /** Splits one RFC 4180 record. */
    private static String[] csv(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }

    @Test
    void csvHasOneRowPerTokenWithHandComputedValues() throws Exception {
        Path f = dir.resolve("t.trace.json");
        Files.writeString(f, TRACE);
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("signals", "--csv", "--cue-rule", "deer", f.toString()), cli.err);
        List<String> rows = cli.out.lines().toList();
        assertEquals("index,text,logprob,entropy,entropyLower,entropyUpper,entropyApproximate,surprisal,margin,"
                + "step,stepType,cue,candidate,rpdi,series:harm", rows.get(0));
        assertEquals(5, rows.size());
        String[] r0 = csv(rows.get(1));
        assertEquals("0", r0[0]);
        assertEquals("Wait", r0[1]);
        assertEquals(Math.log(2), Double.parseDouble(r0[3]), 1e-6);
        assertEquals("true", r0[6]);
        assertEquals(0.6931472, Double.parseDouble(r0[7]), 1e-6);
        assertEquals(0.0, Double.parseDouble(r0[8]), 1e-6);
        assertEquals("Wait", r0[11], "DEER's case-sensitive cue ends at token 0");
        assertEquals("0.1", r0[14]);
        String[] r1 = csv(rows.get(2));
        assertEquals(",", r1[1], "a comma token survives quoting");
        assertTrue(rows.get(2).startsWith("1,\",\","), rows.get(2));
        assertEquals("0.25", r1[3]);
        assertEquals("false", r1[6]);
        String[] r2 = csv(rows.get(3));
        assertEquals(" x", r2[1], "a leading space is kept by quoting");
        assertEquals("", r2[2], "no logprob: empty cell");
        assertEquals("", r2[3]);
        assertEquals("", r2[14]);
    }

    @Test
    void corpusNeedsAnIdAndTheIdPicksTheTrace() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("signals", "sample-traces/qwen25-math/math_cot_100.traces.jsonl"));
        assertTrue(cli.err.contains("holds several traces; pick one with --id (ids: 0:0, 0:1"), cli.err);
        assertEquals(0, cli.run("signals", "--id", "17:3", "sample-traces/qwen25-math/math_cot_100.traces.jsonl"),
                cli.err);
        assertTrue(cli.out.lines().count() > 100);
        assertEquals(2, cli.run("signals", "--id", "nope", "sample-traces/qwen25-math/math_cot_100.traces.jsonl"));
        assertTrue(cli.err.contains("has no trace with id 'nope'"), cli.err);
    }

    @Test
    void inspectWithSignalsMatchesTheSchemaAndFindsTheBoxedAnswer() throws Exception {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--signals", "--json", "--embedder", "lexical",
                "sample-traces/formats/openai-chat.json"), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/inspect.schema.json"), root));
        JsonNode t = root.get("traces").get(0);
        JsonNode steps = t.get("steps");
        assertEquals(0, steps.get(0).get(0).asInt());
        assertEquals(t.get("tokens").asInt(), steps.get(steps.size() - 1).get(1).asInt(), "steps cover the trace");
        assertEquals(steps.size(), t.get("stepTypes").size());
        assertEquals(steps.size(), t.get("redundancy").size());
        assertTrue(t.get("redundancy").get(0).isNull(), "the first step has no previous step");
        JsonNode last = t.get("candidates").get(t.get("candidates").size() - 1);
        assertEquals("54", last.get("answer").asText());
        assertEquals(t.get("firstAnswerToken").asInt(), t.get("candidates").get(0).get("token").asInt());
    }
}
