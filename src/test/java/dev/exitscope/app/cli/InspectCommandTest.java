package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exitscope.docs.JsonSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    /** 28 tokens by the plain-text rule; the thinking block is tokens 0..16 ("<think>" … "</think>"). */
    private static final String TEXT = "<think>\nI think 2+2=4.\n</think>\nThe answer is \\boxed{4}.";

    @TempDir
    Path dir;

    @Test
    void jsonOutputHasExactlyTheDocumentedShape() throws Exception {
        Path f = dir.resolve("four.txt");
        Files.writeString(f, TEXT, StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", f.toString()), cli.err);
        JsonNode root = new ObjectMapper().readTree(cli.out);
        assertEquals(1, root.size());
        JsonNode t = root.get("traces").get(0);
        assertEquals("four", t.get("id").asText());
        assertEquals(f.toString(), t.get("file").asText());
        assertEquals("text", t.get("format").asText());
        assertEquals(28, t.get("tokens").asInt());
        assertEquals(17, t.get("thinkTokens").asInt());
        assertFalse(t.get("hasLogprobs").asBoolean());
        assertEquals(0, t.get("topK").asInt());
        assertTrue(t.get("entropyMean").isNull());
        assertEquals("4", t.get("finalAnswer").asText());
        assertTrue(t.get("gold").isNull());
        assertTrue(t.get("correct").isNull());
        assertTrue(t.get("groupId").isNull());
        assertTrue(t.get("sample").isNull());
        assertEquals("", JsonSchemas.errors(Path.of("docs/schemas/inspect.schema.json"), root));
    }

    @Test
    void folderArgumentMeansEveryTraceFileInItButNotReadmes() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("b.txt"), "Just text.");
        Files.writeString(dir.resolve("README.md"), "# not a trace");
        Files.writeString(dir.resolve("NOTICE"), "licence");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", dir.toString()), cli.err);
        JsonNode traces = new ObjectMapper().readTree(cli.out).get("traces");
        assertEquals(2, traces.size());
        assertEquals("a", traces.get(0).get("id").asText());
        assertEquals("b", traces.get(1).get("id").asText());
    }

    @Test
    void tableOutputCountsTraces() throws Exception {
        Path f = dir.resolve("four.txt");
        Files.writeString(f, TEXT);
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", f.toString()), cli.err);
        assertTrue(cli.out.contains("four  "), cli.out);
        assertTrue(cli.out.strip().endsWith("1 trace"), cli.out);
    }

    @Test
    void missingFileIsBadInputWithOneLineMessage() {
        CliRunner cli = new CliRunner();
        Path missing = dir.resolve("nope.json");
        assertEquals(2, cli.run("inspect", missing.toString()));
        assertEquals(missing + ": no such file or folder", cli.err.strip());
        assertEquals("", cli.out);
    }

    @Test
    void unknownFormatNameIsAUsageError() throws Exception {
        Path f = dir.resolve("four.txt");
        Files.writeString(f, TEXT);
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", "nonsense", f.toString()));
        assertTrue(cli.err.startsWith("exitscope inspect: unknown format 'nonsense', expected one of openai-chat"),
                cli.err);
        assertFalse(cli.err.contains("Exception"), cli.err);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--frobnicate", "x"));
        assertTrue(cli.err.contains("Unknown option: '--frobnicate'"), cli.err);
    }

    @Test
    void noArgumentsOpensTheWorkbench() {
        CliRunner cli = new CliRunner();
        assertEquals(ExitScopeCli.KEEP_RUNNING, cli.run());
        assertEquals(1, cli.guiOpened.size());
    }

    @Test
    void malformedJsonReportsFileLineAndColumn() throws Exception {
        Path f = dir.resolve("broken.trace.json");
        Files.writeString(f, "{\"format\":\"exitscope/1\",\"id\":\"x\",\n \"tokens\":{\"text\":[\"a\",}}");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()));
        assertTrue(cli.err.startsWith(f + ":2:"), cli.err);
        assertEquals(1, cli.err.strip().lines().count(), cli.err);
    }
}
