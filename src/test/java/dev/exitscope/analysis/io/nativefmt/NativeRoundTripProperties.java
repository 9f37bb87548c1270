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
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NativeRoundTripProperties {

    @Provide
    Arbitrary<Trace> traces() {
        return Arbitraries.randomValue(r -> new RandomTraces(r).trace());
    }

    @Property(tries = 300)
    void aTraceWrittenAsATraceFileReadsBackEqual(@ForAll("traces") Trace t) throws IOException {
        byte[] bytes = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.FILE).getBytes(StandardCharsets.UTF_8);
        assertEquals(t, readOne(InputSource.ofBytes("p.trace.json", bytes)));
    }

    @Property(tries = 300)
    void aTraceWrittenAsACorpusLineReadsBackEqual(@ForAll("traces") Trace t) throws IOException {
        byte[] line = (NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(t, readOne(InputSource.ofBytes("p.traces.jsonl", line)));
    }

    @Property(tries = 200)
    void aGzipCorpusOfSeveralTracesReadsBackEqualAndInOrder(@ForAll("traces") Trace a, @ForAll("traces") Trace b)
            throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            NativeCorpusWriter.writeLines(List.of(a, b, a).iterator(), gz);
        }
        List<Trace> read = new ArrayList<>();
        new NativeImporter().read(InputSource.ofBytes("p.traces.jsonl.gz", raw.toByteArray()), ImportOptions.DEFAULT,
                read::add);
        assertEquals(List.of(a, b, a), read);
    }

    private static Trace readOne(InputSource src) throws IOException {
        List<Trace> read = new ArrayList<>();
        new NativeImporter().read(src, ImportOptions.DEFAULT, read::add);
        assertEquals(1, read.size());
        return read.get(0);
    }
}
