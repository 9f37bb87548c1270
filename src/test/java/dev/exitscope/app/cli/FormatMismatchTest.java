package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file read with {@code --format} of another kind is an error naming the file and what was expected, never a
 * trace of 0 tokens: every single-format importer against every sample of the other formats.
 */
class FormatMismatchTest {
    /** Each format and the sample written in it. */
    private static final Map<String, String> SAMPLES = Map.of(
            "openai-chat", "sample-traces/formats/openai-chat.json",
            "openai-sse", "sample-traces/formats/openai-sse.txt",
            "completions", "sample-traces/formats/completions.json",
            "llamacpp", "sample-traces/formats/llamacpp.json",
            "ollama", "sample-traces/formats/ollama-chat.ndjson",
            "vllm-offline", "sample-traces/formats/vllm-offline.json",
            "native", "sample-traces/qwen25-math/math_cot_100.traces.jsonl");

    static Stream<Arguments> mismatches() {
        List<Arguments> out = new ArrayList<>();
        for (String format : SAMPLES.keySet()) {
            for (Map.Entry<String, String> other : SAMPLES.entrySet()) {
                if (!other.getKey().equals(format)) {
                    out.add(Arguments.of(format, other.getValue()));
                }
            }
        }
        return out.stream().sorted((a, b) -> (a.get()[0] + " " + a.get()[1]).compareTo(b.get()[0] + " "
                + b.get()[1]));
    }

    @ParameterizedTest(name = "--format {0} on {1}")
    @MethodSource("mismatches")
    void aFileOfAnotherFormatIsAnErrorNamingTheFile(String format, String file) {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", format, file), cli.out + cli.err);
        assertEquals("", cli.out);
        String[] lines = cli.err.strip().split("\n");
        assertEquals(1, lines.length, cli.err);
        assertTrue(lines[0].startsWith(file + ":"), lines[0]);
        assertTrue(lines[0].contains("expected") || lines[0].contains("unrecognised token"), lines[0]);
    }

    @Test
    void ollamaOnAnOpenAiFileSaysWhatItExpectedAndWhatItFound() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", "ollama", SAMPLES.get("openai-chat")));
        assertEquals("sample-traces/formats/openai-chat.json:1:1: expected an Ollama /api/chat or /api/generate"
                + " response object (with \"message\", \"response\" or \"done\"), found an object with fields \"id\","
                + " \"object\", \"created\", \"model\", …", cli.err.strip());
    }

    @Test
    void everySampleStillReadsWithItsOwnFormat() {
        for (Map.Entry<String, String> e : SAMPLES.entrySet()) {
            CliRunner cli = new CliRunner();
            assertEquals(0, cli.run("inspect", "--format", e.getKey(), e.getValue()), e + ": " + cli.err);
            assertFalse(cli.out.contains(" 0       0      no"), e + " read as a trace of 0 tokens: " + cli.out);
        }
    }
}
