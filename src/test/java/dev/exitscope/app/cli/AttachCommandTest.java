package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachCommandTest {
    @TempDir
    Path dir;
    Path corpus;
    Path out;

    @BeforeEach
    void corpus() throws Exception {
        corpus = dir.resolve("in.traces.jsonl");
        Files.writeString(corpus,
                "{\"format\":\"exitscope/1\",\"id\":\"a\",\"tokens\":{\"text\":[\"x\",\" y\",\" z\"]}}\n"
                + "{\"format\":\"exitscope/1\",\"id\":\"b\",\"tokens\":{\"text\":[\"u\",\" v\"]}}\n");
        out = dir.resolve("out.traces.jsonl");
    }

    private List<Trace> read(Path p) throws Exception {
        List<Trace> traces = new ArrayList<>();
        Importers.standard().read(InputSource.of(p), ImportOptions.DEFAULT, traces::add);
        return traces;
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void csvRowsBecomeASeriesWithNaNWhereNoRowIsGiven() throws Exception {
        Path csv = file("harm.csv", "id,token,value\na,0,0.5\na,2,0.25\nb,1,1\n");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("attach", corpus.toString(), "--series", "harm=" + csv, "-o", out.toString()),
                cli.err);
        assertEquals("attached to 2 of 2 traces; wrote " + out, cli.err.strip());
        List<Trace> traces = read(out);
        assertArrayEquals(new float[] {0.5f, Float.NaN, 0.25f}, traces.get(0).seriesCopy("harm"));
        assertArrayEquals(new float[] {Float.NaN, 1f}, traces.get(1).seriesCopy("harm"));
    }

    @Test
    void jsonLinesSeriesAndProbesSurviveTheRoundTrip() throws Exception {
        Path series = file("lynx.jsonl", "{\"id\":\"a\",\"series\":{\"lynx\":[0.1,null,0.3]}}\n");
        Path probes = file("probes.jsonl", "{\"id\":\"b\",\"probes\":[{\"kind\":\"forced\",\"at\":1,\"answer\":\"5\","
                + "\"correct\":true,\"out\":[{\"text\":\"5\",\"logprob\":-0.25}]},{\"kind\":\"lynx\",\"at\":2,"
                + "\"p\":0.75}]}\n");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("attach", "-q", corpus.toString(), "--series", "lynx=" + series, "--probes",
                probes.toString(), "-o", out.toString()), cli.err);
        List<Trace> traces = read(out);
        assertArrayEquals(new float[] {0.1f, Float.NaN, 0.3f}, traces.get(0).seriesCopy("lynx"));
        List<Probe> p = traces.get(1).probes();
        assertEquals(2, p.size());
        assertEquals("forced", p.get(0).kind());
        assertEquals(1, p.get(0).at());
        assertEquals(-0.25f, p.get(0).out().get(0).logprob());
        assertEquals(0.75, p.get(1).p());
        assertEquals(List.of(), traces.get(0).probes());
    }

    @Test
    void aCsvTokenPastTheEndNamesTheLine() throws Exception {
        Path csv = file("harm.csv", "id,token,value\na,0,0.5\na,3,0.25\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "harm=" + csv, "-o", out.toString()));
        assertEquals(csv + ":3: token 3 is past the end of trace a (3 tokens)", cli.err.strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aJsonLinesSeriesOfTheWrongLengthIsAnError() throws Exception {
        Path s = file("harm.jsonl", "\n{\"id\":\"a\",\"series\":{\"harm\":[0.1,0.2]}}\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "harm=" + s, "-o", out.toString()));
        assertEquals(s + ": record 1: series harm has 2 values but trace a has 3 tokens", cli.err.strip());
    }

    @Test
    void unknownIdsAndBadProbesAreClearErrors() throws Exception {
        Path csv = file("harm.csv", "id,token,value\na,0,0.5\nzz,1,1\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "harm=" + csv, "-o", out.toString()));
        assertEquals(csv + ":3: no trace with id 'zz' in the input", cli.err.strip());

        Path kind = file("p.jsonl", "{\"id\":\"a\",\"probes\":[{\"kind\":\"oracle\",\"at\":1}]}\n");
        assertEquals(2, cli.run("attach", corpus.toString(), "--probes", kind.toString(), "-o", out.toString()));
        assertEquals(kind + ": record 1: expected probes[0].kind to be one of deer, dynasor, puma, lynx, forced, prm,"
                + " found \"oracle\"", cli.err.strip());

        Path past = file("q.jsonl", "{\"id\":\"b\",\"probes\":[{\"kind\":\"forced\",\"at\":3}]}\n");
        assertEquals(2, cli.run("attach", corpus.toString(), "--probes", past.toString(), "-o", out.toString()));
        assertEquals(past + ": record 1: probe forced at 3 is past the end of trace b (2 tokens)", cli.err.strip());

        Path header = file("h.csv", "trace,token,value\n");
        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "h=" + header, "-o", out.toString()));
        assertEquals(header + ":1: expected the header id,token,value", cli.err.strip());

        assertEquals(2, cli.run("attach", corpus.toString(), "--series", "harm", "-o", out.toString()));
        assertEquals("exitscope attach: --series takes NAME=FILE, got 'harm'", cli.err.strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void attachedStepsAndTheirSimilaritiesSurviveTheNativeRoundTrip() throws Exception {
        // text "<think>Add 2.\n\nGet 4.</think>4"; token starts 0, 7, 12, 15, 18, 21, 29; thinking = tokens [0, 6)
        Path in = file("think.traces.jsonl", "{\"format\":\"exitscope/1\",\"id\":\"s\",\"tokens\":{\"text\":"
                + "[\"<think>\",\"Add 2\",\".\\n\\n\",\"Get\",\" 4.\",\"</think>\",\"4\"]},\"thinkEnd\":6}\n");
        Path steps = file("steps.jsonl", "{\"id\":\"s\",\"steps\":[\"Add 2.\",\"Get 4.\"],"
                + "\"stepSeries\":{\"sim\":[null,0.25]}}\n");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("attach", "-q", in.toString(), "--steps", steps.toString(), "-o", out.toString()),
                cli.err);
        Trace t = read(out).get(0);
        // step 1 is found at chars 7-13, step 2 at 15-21: step 2 begins at "Get" (char 15, token 3), so step 1 is
        // tokens [0, 3), step 2 is [3, 6) and the answer is in no step
        float n = Float.NaN;
        assertArrayEquals(new float[] {1, 1, 1, 2, 2, 2, n}, t.seriesCopy("steps.attached"));
        assertArrayEquals(new float[] {n, n, n, 0.25f, 0.25f, 0.25f, n}, t.seriesCopy("steps.attached.sim"));
        Path again = dir.resolve("again.traces.jsonl");
        assertEquals(0, cli.run("convert", out.toString(), "-o", again.toString()), cli.err);
        assertEquals(t, read(again).get(0));
    }

    @Test
    void aStepNotInTheReasoningNamesFileLineTraceAndStep() throws Exception {
        Path in = file("think.traces.jsonl", "{\"format\":\"exitscope/1\",\"id\":\"s\",\"tokens\":{\"text\":"
                + "[\"<think>\",\"Add 2.\",\"</think>\",\"4\"]},\"thinkEnd\":3}\n");
        Path steps = file("steps.jsonl", "{\"id\":\"s\",\"steps\":[\"Add 2.\",\"Get 4.\"]}\n");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", in.toString(), "--steps", steps.toString(), "-o", out.toString()));
        assertEquals(steps + ":1: trace s: step 2 (\"Get 4.\") is not in the reasoning after char 13 (reasoning"
                + " chars 0-21)", cli.err.strip());
        assertFalse(Files.exists(out));
    }
}
