package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus-line fast path against the full streaming parser: on seeded random traces (every field, escapes,
 * surrogates, NaN, infinities, ragged top-k rows, probes) both give equal traces, and the scanner does read them
 * rather than decline; on lines it cannot read exactly it declines (null), so the full parser reports the error.
 */
class NativeLineScannerTest {
    private static final InputSource SOURCE = InputSource.ofBytes("s.traces.jsonl", new byte[0]);

    static LongStream seeds() {
        return LongStream.range(1, 401);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scannedLineEqualsTheFullParsersTrace(long seed) throws IOException {
        Trace t = new RandomTraces(new Random(seed + 50_000)).trace();
        byte[] line = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE).getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(line, ReadLimits.DEFAULT);
        assertNotNull(scanned, "the scanner declined seed " + (seed + 50_000));
        assertEquals(full(line), scanned, "seed " + (seed + 50_000));
        assertEquals(t, scanned, "seed " + (seed + 50_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whitespaceBetweenValuesDoesNotChangeTheScannedTrace(long seed) throws IOException {
        Trace t = new RandomTraces(new Random(seed + 60_000)).trace();
        String file = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.FILE);
        // Raw line breaks occur only between values (inside strings they are escaped).
        byte[] spaced = file.replace("\n", " \t\r").getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(spaced, ReadLimits.DEFAULT);
        assertNotNull(scanned, "the scanner declined seed " + (seed + 60_000));
        assertEquals(full(spaced), scanned, "seed " + (seed + 60_000));
    }

    @Test
    void whitespaceInsideTheTokenArraysIsSkipped() throws IOException {
        String line = "{ \"format\" : \"exitscope/1\" , \"tokens\" : { \"text\" : [ \"a\" ,\"b\",\t\"\\n\" ,"
                + " \"\u00e9\" ]"
                + " , \"logprob\" : [ -1 , null ,0.5 , 2 ] , \"id\" : [ 1 , 2 , null , 4 ] } }";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(bytes, ReadLimits.DEFAULT);
        assertNotNull(scanned);
        assertEquals(full(bytes), scanned);
        assertEquals("ab\n\u00e9", scanned.text());
        assertEquals(4, scanned.tokenCount());
    }

    @Test
    void probeFieldsInAnyOrderWithNullsAndUnknownFieldsReadAsTheFullParserReadsThem() throws IOException {
        String head = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",\"b\"]},\"probes\":[";
        String known = "{\"out\":[{\"logprob\":null,\"text\":\"{\"},{\"text\":\"4\",\"logprob\":-0.25}],\"at\":1,"
                + "\"kind\":\"DEER\",\"p\":1,\"confidence\":0.5e0,\"correct\":false,\"answer\":null,\"text\":\"t\"},"
                + "{\"kind\":\"dynasor\",\"at\":2,\"correct\":true,\"text\":null,\"at\":0}";
        byte[] line = (head + known + "]}").getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(line, ReadLimits.DEFAULT);
        assertNotNull(scanned);
        assertEquals(full(line), scanned);
        assertEquals(0, scanned.probes().get(1).at());
        byte[] unknown = (head + known + ",{\"kind\":\"prm\",\"at\":0,\"extra\":[1]}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertNull(scan(unknown, ReadLimits.DEFAULT));
        assertEquals(3, full(unknown).probes().size());
    }

    @Test
    void numbersParseToTheSameFloatsAsTheFullParser() throws IOException {
        String line = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"],"
                + "\"logprob\":[-0.1,1e999,-1E999,-0.0,3,-9999,1.00000001e-7],"
                + "\"entropy\":[0,null,2.5e+1,1e-50,7,0.1,4294967296],\"id\":[null,-1,0,7,2147483647,3,4]}}";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(bytes, ReadLimits.DEFAULT);
        assertNotNull(scanned);
        assertEquals(full(bytes), scanned);
        // Float.parseFloat("1.00000001e-7") is the float nearest 1.00000001e-7, not (float) of the nearest double.
        assertEquals(Float.parseFloat("1.00000001e-7"), scanned.logprob(6));
        assertEquals(Float.POSITIVE_INFINITY, scanned.logprob(1));
        assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(scanned.logprob(3)));
        assertEquals(2147483647, scanned.tokenId(4));
    }

    @Test
    void escapesAndMultiByteCharactersDecodeAsTheFullParserDecodesThem() throws IOException {
        TraceBuilder b = new TraceBuilder("u");
        for (String s : List.of("é", "中", "\uD83D\uDE42", "\uD83D", "\"\\/\b\f\n\r\t", "\u0001", "\u2028", "")) {
            b.addToken(s, Float.NaN);
        }
        b.probe(new Probe("deer", 2, null, null, null, List.of(new ProbeToken("{", -0.5f)), null, null));
        Trace t = b.build();
        byte[] line = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE).getBytes(StandardCharsets.UTF_8);
        assertEquals(t, scan(line, ReadLimits.DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",7]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"],\"logprob\":[1,2]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]}} x",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"thinkEnd\":2}",
        "{\"format\":\"exitscope/2\",\"tokens\":{\"text\":[\"a\"]}}",
        "{\"tokens\":{\"text\":[\"a\"]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"logprob\":[1]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"],\"logprob\":[01]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"],\"id\":[-2]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"meta\":{\"model\":3}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"deer\"}]}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"final\":{\"answer\":}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"],\"junk\":[1,}}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"\\x\"]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"\u0001\"]}}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"deer\",\"at\":2}]}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"x\",\"at\":0}]}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"deer\",\"at\":-1}]}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"deer\",\"at\":0,"
            + "\"out\":[{\"logprob\":1}]}]}",
        "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"probes\":[{\"kind\":\"deer\",\"at\":0,"
            + "\"correct\":1}]}",
    })
    void declinesWhatTheFullParserRejects(String line) throws IOException {
        assertNull(scan(line.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT), line);
    }

    @Test
    void declinesInvalidUtf8AndOverlongEncodings() throws IOException {
        byte[] head = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"]}}".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xFF})) {
            byte[] line = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, line, 0, head.length);
            System.arraycopy(bad, 0, line, head.length, bad.length);
            System.arraycopy(tail, 0, line, head.length + bad.length, tail.length);
            assertNull(scan(line, ReadLimits.DEFAULT));
        }
    }

    @Test
    void declinesLinesPastTheTokenLimit() throws IOException {
        byte[] line = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",\"b\",\"c\"]}}"
                .getBytes(StandardCharsets.UTF_8);
        assertNull(scan(line, ReadLimits.DEFAULT.withMaxTokens(2)));
        assertNotNull(scan(line, ReadLimits.DEFAULT.withMaxTokens(3)));
    }

    private static Trace scan(byte[] line, ReadLimits limits) throws IOException {
        JsonFactory factory = JsonSupport.factory(limits);
        NativeTraceReader reader = new NativeTraceReader(SOURCE, limits);
        return new NativeLineScanner(SOURCE, limits, factory, reader).read(line, line.length, "s:0");
    }

    private static Trace full(byte[] line) throws IOException {
        JsonFactory factory = JsonSupport.factory(ReadLimits.DEFAULT);
        try (JsonParser p = factory.createParser(line)) {
            return new NativeTraceReader(SOURCE, ReadLimits.DEFAULT).read(p, 0, "s:0");
        }
    }
}
