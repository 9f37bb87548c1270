package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.trace.Trace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based round trip: for many seeded random traces (every field, ragged top-k rows, NaN, -9999,
 * infinities, empty tokens, surrogate pairs, probes of every kind), write → read gives an equal trace. A failure
 * names its seed, so {@code new RandomTraces(new Random(seed)).trace()} reproduces it.
 */
class NativeRoundTripTest {
    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    private static Trace random(long seed) {
        return new RandomTraces(new Random(seed)).trace();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTraceWrittenAsATraceFileReadsBackEqual(long seed) throws IOException {
        Trace t = random(seed);
        byte[] bytes = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.FILE).getBytes(StandardCharsets.UTF_8);
        assertEquals(t, readOne(InputSource.ofBytes("p.trace.json", bytes)), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTraceWrittenAsACorpusLineReadsBackEqual(long seed) throws IOException {
        Trace t = random(seed + 10_000);
        byte[] line = (NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(t, readOne(InputSource.ofBytes("p.traces.jsonl", line)), "seed " + (seed + 10_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGzipCorpusOfSeveralTracesReadsBackEqualAndInOrder(long seed) throws IOException {
        Trace a = random(seed + 20_000);
        Trace b = random(seed + 30_000);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            NativeCorpusWriter.writeLines(List.of(a, b, a).iterator(), gz);
        }
        List<Trace> read = new ArrayList<>();
        new NativeImporter().read(InputSource.ofBytes("p.traces.jsonl.gz", raw.toByteArray()), ImportOptions.DEFAULT,
                read::add);
        assertEquals(List.of(a, b, a), read, "seed " + seed);
    }

    private static Trace readOne(InputSource src) throws IOException {
        List<Trace> read = new ArrayList<>();
        new NativeImporter().read(src, ImportOptions.DEFAULT, read::add);
        assertEquals(1, read.size());
        return read.get(0);
    }
}
