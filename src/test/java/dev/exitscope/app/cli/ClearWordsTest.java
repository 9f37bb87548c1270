package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wrong input read in clear words: event data over several lines, a spreadsheet's byte-order mark, a thinking
 * block that starts past the end, and JSON past the parser's size limits, each told at its line and column in
 * ExitScope's own words.
 */
class ClearWordsTest {
    private static final Path SSE = Path.of("sample-traces/formats/openai-sse.txt");
    private static final List<String> JACKSON_WORDS = List.of("StreamReadConstraints", "JsonReadFeature",
            "JsonFactory", "`");

    @TempDir
    Path dir;

    @Test
    void eventDataSplitOverTwoDataLinesReadsAsTheOneLineChunk() throws IOException {
        List<String> out = new ArrayList<>();
        int split = 0;
        for (String line : Files.readString(SSE, StandardCharsets.UTF_8).split("\n", -1)) {
            int comma = line.indexOf(", \"");
            if (line.startsWith("data: {") && comma > 0) {
                out.add(line.substring(0, comma + 1));
                out.add("data: " + line.substring(comma + 2));
                split++;
            } else {
                out.add(line);
            }
        }
        assertTrue(split > 10, "chunks split: " + split);
        Path f = write("openai-sse.txt", String.join("\n", out));
        assertEquals(inspectJson(SSE), inspectJson(f).replace(f.toString(), SSE.toString()));
    }

    @Test
    void aLlamaCppStreamWithChunksOverSeveralDataLinesReadsAsTheOneLineStream() throws IOException {
        String one = "data: {\"content\":\"Hi\",\"stop\":false}\n\ndata: {\"content\":\" there\",\"stop\":true}\n\n";
        String several = ": keep-alive\ndata: {\"content\":\"Hi\",\ndata: \"stop\":false}\n\n"
                + "data: {\"content\":\" there\",\nid: 2\ndata: \"stop\":true}\n\n";
        Path a = write("one.txt", one);
        Path b = write("several.txt", several);
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", "--format", "llamacpp", a.toString()), cli.err);
        String expected = cli.out.replace(a.toString(), "F").replace("one:", "S:");
        assertTrue(expected.contains("\"tokens\":2"), expected);
        assertEquals(0, cli.run("inspect", "--json", "--format", "llamacpp", b.toString()), cli.err);
        assertEquals(expected, cli.out.replace(b.toString(), "F").replace("several:", "S:"));
    }

    @Test
    void anErrorInTheSecondDataLineOfAChunkIsToldAtThatTranscriptLine() throws IOException {
        // line 3 is `data: "choices": 5}`; the 5 is in column 6 + 12 = 18
        Path f = write("bad.txt", ": comment\ndata: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\n"
                + "data: \"choices\": 5}\n\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", "openai-sse", f.toString()), cli.out + cli.err);
        assertEquals(f + ":3:18: expected \"choices\" (a list), found number 5", cli.err.strip());
    }

    @Test
    void aChunkCutByTheBlankLineThatEndsItsEventIsUnexpectedEndOfInput() throws IOException {
        String first = "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",";
        Path f = write("open.txt", first + "\n\ndata: [DONE]\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", f.toString()), cli.out + cli.err);
        assertEquals(f + ":1:" + (first.length() + 1) + ": unexpected end of input inside an object",
                cli.err.strip());
    }

    @Test
    void dataLinesThatTogetherPassTheRecordBoundAreAnError() throws IOException {
        String half = "data: {\"id\":\"" + "x".repeat(60) + "\",";
        Path f = write("long.txt", half + "\n" + half.replace("{", " ") + "\n\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--max-line-bytes", "100", "--format", "openai-sse", f.toString()),
                cli.out + cli.err);
        assertEquals(f + ":2:1: the data: lines of the event up to line 2 are longer than "
                + ReadLimits.describeRecordBound(100) + " together", cli.err.strip());
    }

    @Test
    void aSeriesCsvWithAByteOrderMarkIsRead() throws Exception {
        Path corpus = write("in.traces.jsonl",
                "{\"format\":\"exitscope/1\",\"id\":\"a\",\"tokens\":{\"text\":[\"x\",\" y\",\" z\"]}}\n");
        Path csv = write("harm.csv", "\uFEFFid,token,value\r\na,0,0.5\r\na,2,0.25\r\n");
        assertEquals((byte) 0xEF, Files.readAllBytes(csv)[0]);
        Path out = dir.resolve("out.traces.jsonl");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("attach", corpus.toString(), "--series", "harm=" + csv, "-o", out.toString()),
                cli.err);
        List<Trace> traces = new ArrayList<>();
        Importers.standard().read(InputSource.of(out), ImportOptions.DEFAULT, traces::add);
        assertArrayEquals(new float[] {0.5f, Float.NaN, 0.25f}, traces.get(0).seriesCopy("harm"));
    }

    @ParameterizedTest(name = "thinkStart 5 of 3 tokens, then [{0}]")
    @ValueSource(strings = {"", ",\"thinkEnd\":null", ",\"thinkEnd\":3"})
    void thinkStartPastTheEndIsAnErrorWithOrWithoutThinkEnd(String thinkEnd) throws IOException {
        String line = "{\"format\":\"exitscope/1\",\"id\":\"a\",\"tokens\":{\"text\":[\"a\",\"b\",\"c\"]},"
                + "\"thinkStart\":5" + thinkEnd + "}";
        int column = line.indexOf(":5") + 2;
        String problem = "expected thinkStart between 0 and the token count (3), found 5";
        Path corpus = write("t.traces.jsonl", "\n" + line + "\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", corpus.toString()), cli.out + cli.err);
        assertEquals(corpus + ":2:" + column + ": record 1: " + problem, cli.err.strip());
        Path single = write("t.trace.json", line + "\n");
        assertEquals(2, cli.run("inspect", single.toString()), cli.out + cli.err);
        assertEquals(single + ":1:" + column + ": " + problem, cli.err.strip());
    }

    @Test
    void aThinkStartAtTheTokenCountIsAnEmptyBlockAtTheEnd() throws IOException {
        Path f = write("t.traces.jsonl", "{\"format\":\"exitscope/1\",\"id\":\"a\",\"tokens\":{\"text\":[\"a\",\"b\","
                + "\"c\"]},\"thinkStart\":3,\"thinkEnd\":3}\n");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", f.toString()), cli.err);
        assertTrue(cli.out.contains("\"thinkTokens\":0"), cli.out);
    }

    @Test
    void aNumberLongerThanTheLimitIsToldAtItsStart() throws IOException {
        String head = "{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"a\"},\"n\":";
        Path f = write("n.json", head + "1".repeat(500) + "}]}\n");
        assertLimitMessage(f, List.of(), f + ":1:" + (head.length() + 1)
                + ": a number longer than 400 characters (500), the longest ExitScope reads");
    }

    @Test
    void nestingDeeperThanMaxDepthIsToldAtTheBracketThatGoesTooDeep() throws IOException {
        // the object is level 1, so the tenth '[' (column 5 + 10) opens level 11
        Path f = write("d.json", "{\"a\":" + "[".repeat(30) + "]".repeat(30) + "}\n");
        assertLimitMessage(f, List.of("--max-depth", "10"), f + ":1:15: objects and lists nested deeper than 10"
                + " levels, the deepest ExitScope reads (--max-depth sets it)");
    }

    @Test
    void aFieldNameLongerThanFiftyThousandCharactersIsToldAtItsQuote() throws IOException {
        Path f = write("k.json", "{\"id\":\"x\",\n  \"" + "k".repeat(60_000) + "\":1}\n");
        assertLimitMessage(f, List.of(), f + ":2:3: a field name longer than 50,000 characters (60,000), the longest"
                + " ExitScope reads");
    }

    @Test
    void aStringLongerThanTheLimitIsToldAtItsStart() throws IOException {
        Path f = write("s.json", "{\"id\": 1,\n\"a\": \"" + "x".repeat(200) + "\"}\n");
        TraceInputException e = assertThrows(TraceInputException.class, () -> JsonSupport.read(InputSource.of(f),
                ReadLimits.DEFAULT.withMaxStringLength(100), p -> {
                    while (p.nextToken() != null) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            p.getText();
                        }
                    }
                }));
        assertEquals(f + ":2:6: a string longer than 100 characters, the longest ExitScope reads", e.getMessage());
    }

    @Test
    void theDefaultStringLimitIsWrittenWithThousandsSeparators() {
        StreamConstraintsException limit = new StreamConstraintsException("String value length (67108865) exceeds"
                + " the maximum allowed (67108864, from `StreamReadConstraints.getMaxStringLength()`)");
        assertEquals("f.json: a string longer than 67,108,864 characters, the longest ExitScope reads",
                JsonSupport.wrap(InputSource.of(Path.of("f.json")), limit, 0, null).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "+1", "Infinity"})
    void nonStandardJsonIsToldWithoutTheParsersAdvice(String value) throws IOException {
        Path f = write("x.json", "{\"id\":\"x\",\"n\":" + value + "}\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--format", "openai-chat", f.toString()), cli.out + cli.err);
        String line = cli.err.strip();
        assertTrue(line.startsWith(f + ":1:"), line);
        assertTrue(line.contains(value.equals("+1") ? "'+'" : "not a JSON value: '" + value + "'"), line);
        for (String w : JACKSON_WORDS) {
            assertFalse(line.contains(w), line);
        }
        assertFalse(line.contains("enable"), line);
    }

    private void assertLimitMessage(Path f, List<String> options, String expected) {
        List<String> args = new ArrayList<>(List.of("inspect", "--format", "openai-chat"));
        args.addAll(options);
        args.add(f.toString());
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run(args.toArray(String[]::new)), cli.out + cli.err);
        assertEquals(expected, cli.err.strip());
        for (String w : JACKSON_WORDS) {
            assertFalse(cli.err.contains(w), cli.err);
        }
    }

    private String inspectJson(Path f) {
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("inspect", "--json", f.toString()), cli.err);
        assertTrue(cli.out.contains("\"tokens\":91"), cli.out);
        return cli.out;
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
