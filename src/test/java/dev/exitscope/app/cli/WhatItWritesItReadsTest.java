package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer refuses, before anything reaches the target, every trace that the reader would refuse with the same
 * options: strings, names, counts and line lengths past the reader's limits. And deep nesting ends in the depth
 * limit's error, not in a stack overflow.
 */
class WhatItWritesItReadsTest {
    private static final String ID = "t";

    @TempDir
    Path dir;

    @Test
    void a70MillionCharacterTokenIsRefusedAtWriteTimeAndNothingIsWritten() throws IOException {
        Path text = dir.resolve("one-word.txt");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(text)) {
            for (int left = 70_000_000; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
        }
        assertEquals(70_000_000, Files.size(text));
        Path out = dir.resolve("out.traces.jsonl");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("convert", "-o", out.toString(), text.toString()));
        assertEquals("exitscope convert: cannot write " + out + ": trace 1 (\"one-word\"): token 0 is 70,000,000"
                + " characters long; ExitScope reads strings of at most 67,108,864 characters; nothing was written\n",
                cli.err);
        assertEquals(List.of("one-word.txt"), names());
    }

    @Test
    void aSeriesNamePastTheNameLimitIsRefusedAndOneAtTheLimitReadsBack() throws IOException {
        Path traces = sampleTrace(10);
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "id,token,value\n" + ID + ",3,0.5\n");
        Path out = dir.resolve("out.traces.jsonl");
        String tooLong = "s".repeat(60_000);
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", "--series", tooLong + "=" + csv, "-o", out.toString(), traces.toString()));
        assertEquals("exitscope attach: cannot write " + out + ": trace 1 (\"t\"): the series name \"" + "s".repeat(20)
                + "…\" is 60,000 bytes long in UTF-8; ExitScope reads names of at most 50,000 bytes; nothing was"
                + " written\n", cli.err);
        assertFalse(Files.exists(out));

        String atLimit = "é".repeat(25_000);
        assertEquals(0, cli.run("attach", "-q", "--series", atLimit + "=" + csv, "-o", out.toString(),
                traces.toString()), cli.err);
        Path again = dir.resolve("again.traces.jsonl");
        assertEquals(0, cli.run("convert", "-q", "-o", again.toString(), out.toString()), cli.err);
        assertTrue(Files.readString(again).contains("\"series\":{\"" + atLimit + "\":[null,null,null,0.5,"),
                "the series is read back under its name");

        String oneByteOver = atLimit + "s";
        assertEquals(2, cli.run("attach", "--series", oneByteOver + "=" + csv, "-o", out.toString(),
                traces.toString()));
        assertTrue(cli.err.contains("is 50,001 bytes long in UTF-8"), cli.err);
    }

    @Test
    void moreProbesThanTheTokenLimitAreRefusedWithThatLimit() throws IOException {
        Path traces = sampleTrace(10);
        Path probes = dir.resolve("p.jsonl");
        StringBuilder sb = new StringBuilder("{\"id\":\"" + ID + "\",\"probes\":[");
        for (int i = 0; i < 150; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"kind\":\"deer\",\"at\":").append(i % 10)
                    .append(",\"answer\":\"4\",\"confidence\":0.5}");
        }
        Files.writeString(probes, sb.append("]}\n"));
        Path out = dir.resolve("out.traces.jsonl");
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("attach", "--max-tokens", "100", "--probes", probes.toString(), "-o", out.toString(),
                traces.toString()));
        assertEquals("exitscope attach: cannot write " + out + ": trace 1 (\"t\"): it has 150 probes; ExitScope reads"
                + " at most 100 (--max-tokens); nothing was written\n", cli.err);
        assertFalse(Files.exists(out));
        assertEquals(0, cli.run("attach", "-q", "--max-tokens", "150", "--probes", probes.toString(), "-o",
                out.toString(), traces.toString()), cli.err);
        assertEquals(0, cli.run("inspect", "--max-tokens", "150", out.toString()), cli.err);
    }

    @Test
    void aCorpusLineIsWrittenExactlyUpToTheLineBoundItIsReadBackWith() throws IOException {
        Path traces = dir.resolve("t.txt");
        Files.writeString(traces, "w ".repeat(40));
        Path wide = dir.resolve("wide.traces.jsonl");
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("convert", "-q", "-o", wide.toString(), traces.toString()), cli.err);
        int line = (int) Files.size(wide) - 1;
        assertEquals(line, Files.readString(wide).indexOf('\n'), "one line, ended by a newline");

        Path exact = dir.resolve("exact.traces.jsonl");
        assertEquals(0, cli.run("convert", "-q", "--max-line-bytes", String.valueOf(line), "-o", exact.toString(),
                traces.toString()), cli.err);
        assertEquals(Files.readString(wide), Files.readString(exact));
        assertEquals(0, cli.run("inspect", "--max-line-bytes", String.valueOf(line), exact.toString()), cli.err);

        for (String name : List.of("short.traces.jsonl", "short.traces.jsonl.gz")) {
            Path out = dir.resolve(name);
            assertEquals(2, cli.run("convert", "--max-line-bytes", String.valueOf(line - 1), "-o", out.toString(),
                    traces.toString()));
            assertEquals("exitscope convert: cannot write " + out + ": trace 1 (\"t\"): its line is longer than "
                    + (line - 1) + " bytes, the bound set with --max-line-bytes; nothing was written\n", cli.err);
            assertFalse(Files.exists(out));
        }
        assertEquals(List.of("exact.traces.jsonl", "t.txt", "wide.traces.jsonl"), names());
    }

    @Test
    void maxDepthHasAnUpperBound() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("inspect", "--max-depth", "10001", "x.jsonl"));
        assertEquals("exitscope inspect: --max-depth must be between 4 and 10000, got 10001\n", cli.err);
        assertEquals(2, cli.run("inspect", "--max-depth", "3", "x.jsonl"));
        assertEquals("exitscope inspect: --max-depth must be between 4 and 10000, got 3\n", cli.err);
    }

    @Test
    void aRecordNested10000DeepEndsInTheDepthLimitEvenOnASmallStack() throws Exception {
        Path deep = dir.resolve("deep.jsonl");
        Files.writeString(deep, "{\"question\":\"q\",\"response\":\"the answer is 4\",\"x\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}\n");
        Path within = dir.resolve("within.jsonl");
        Files.writeString(within, "{\"question\":\"q\",\"response\":\"the answer is 4\",\"x\":" + "[".repeat(9_990)
                + "1" + "]".repeat(9_990) + ",\"score\":" + "[".repeat(9_990) + "0.5" + "]".repeat(9_990) + "}\n");
        CliRunner cli = new CliRunner();
        AtomicInteger[] codes = {new AtomicInteger(-1), new AtomicInteger(-1), new AtomicInteger(-1)};
        String[] errs = new String[3];
        Thread small = new Thread(null, () -> {
            codes[0].set(cli.run("inspect", "--format", "jsonl", deep.toString()));
            errs[0] = cli.err;
            codes[1].set(cli.run("inspect", "--format", "jsonl", "--max-depth", "10000", deep.toString()));
            errs[1] = cli.err;
            codes[2].set(cli.run("inspect", "--format", "jsonl", "--max-depth", "10000", within.toString()));
            errs[2] = cli.err;
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(60_000);
        assertEquals(2, codes[0].get(), errs[0]);
        assertTrue(errs[0].startsWith(deep + ":1:"), errs[0]);
        assertTrue(errs[0].contains("200"), errs[0]);
        assertEquals(1, errs[0].lines().count(), errs[0]);
        assertEquals(2, codes[1].get(), errs[1]);
        assertTrue(errs[1].contains("10000") || errs[1].contains("10,000"), errs[1]);
        assertEquals(0, codes[2].get(), errs[2]);
    }

    /** A native corpus with one trace {@value #ID} of {@code tokens} tokens. */
    private Path sampleTrace(int tokens) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(i == 0 ? "" : ",").append('"').append(i == 0 ? "w" : " w").append(i).append('"');
        }
        Path p = dir.resolve("t.traces.jsonl");
        Files.writeString(p, "{\"format\":\"exitscope/1\",\"id\":\"" + ID + "\",\"tokens\":{\"text\":[" + text
                + "]},\"thinkEnd\":null}\n", StandardCharsets.UTF_8);
        return p;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
