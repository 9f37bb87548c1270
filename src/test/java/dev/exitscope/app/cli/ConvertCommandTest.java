package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final String TEXT = "<think>\nI think 2+2=4.\n</think>\nThe answer is \\boxed{4}.";

    @TempDir
    Path dir;

    @Test
    void convertedTraceInspectsTheSameAsItsSource() throws Exception {
        Path src = dir.resolve("four.txt");
        Files.writeString(src, TEXT);
        Path out = dir.resolve("four.trace.json");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("convert", src.toString(), "-o", out.toString()), cli.err);
        assertEquals("wrote 1 trace to " + out, cli.err.strip());
        assertEquals(0, cli.run("inspect", "--json", out.toString()), cli.err);
        JsonNode t = new ObjectMapper().readTree(cli.out).get("traces").get(0);
        assertEquals("native", t.get("format").asText());
        assertEquals("four", t.get("id").asText());
        assertEquals(28, t.get("tokens").asInt());
        assertEquals(17, t.get("thinkTokens").asInt());
        assertEquals("4", t.get("finalAnswer").asText());
    }

    @Test
    void severalInputsGoToOneGzippedCorpus() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("b.txt"), "So the answer is 9.");
        Path out = dir.resolve("all.traces.jsonl.gz");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("convert", "-q", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "-o", out.toString()), cli.err);
        assertEquals(0, cli.run("inspect", "--json", out.toString()), cli.err);
        JsonNode traces = new ObjectMapper().readTree(cli.out).get("traces");
        assertEquals(2, traces.size());
        assertEquals("9", traces.get(1).get("finalAnswer").asText());
    }

    @Test
    void twoTracesIntoASingleTraceFileFailAndLeaveTheOldFileAlone() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("b.txt"), TEXT);
        Path out = dir.resolve("one.trace.json");
        Files.writeString(out, "previous content");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("convert", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "-o", out.toString()));
        assertTrue(cli.err.contains("one.trace.json holds exactly one trace"), cli.err);
        assertEquals("previous content", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no partial file may be left behind");
        }
    }

    @Test
    void outputNameWithoutNativeExtensionIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("convert", dir.resolve("a.txt").toString(), "-o", dir.resolve("x.json").toString()));
        assertTrue(cli.err.contains("cannot tell the layout of 'x.json'"), cli.err);
    }
}
