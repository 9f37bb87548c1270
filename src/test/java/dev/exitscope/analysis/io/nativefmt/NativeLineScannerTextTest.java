package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner's token texts and probe fields against the full Jackson-based reader: long runs of ASCII texts with
 * a char above {@code 0xFF} anywhere (the column leaves its Latin-1 form there), Latin-1 chars that are not ASCII,
 * escapes, surrogate pairs, whitespace between texts; probe field names and kinds that are near misses of known
 * ones. Where the scanner reads a line its trace equals the full reader's; where it cannot it declines.
 */
class NativeLineScannerTextTest {
    private static final InputSource SOURCE = InputSource.ofBytes("t.traces.jsonl", new byte[0]);
    private static final String HEAD = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[";
    private static final String[] ASCII = {" the", "a", "", " 12", "\\boxed{", "}", ".", "x", " so"};
    private static final String[] OTHER = {"\u00e9", "\u00ff", "\u0100", "\u4e2d", "\uD83D\uDE42", "\n", "\"", "\\",
        "\u0001", "\u2028", "\uD83D"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void asciiRunsWithOtherCharsAnywhereReadAsTheFullReaderReadsThem(long seed) throws IOException {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(3000);
        int firstOther = rnd.nextInt(n + 1);
        TraceBuilder b = new TraceBuilder("t");
        boolean columns = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            String piece = i >= firstOther && rnd.nextInt(8) == 0 || i == firstOther
                    ? OTHER[rnd.nextInt(OTHER.length)] : ASCII[rnd.nextInt(ASCII.length)];
            b.addToken(piece, columns ? -rnd.nextInt(100) / 8f : Float.NaN);
            if (columns) {
                b.setEntropy(rnd.nextInt(40) / 4f);
            }
        }
        Trace t = b.build();
        byte[] line = NativeTraceWriter.toJson(t, NativeTraceWriter.Layout.LINE).getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(line);
        assertNotNull(scanned, "seed " + seed);
        assertEquals(full(line), scanned, "seed " + seed);
        assertEquals(t, scanned, "seed " + seed);
    }

    @Test
    void aCharAboveLatin1AfterManyAsciiTextsKeepsEveryText() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            texts.add(i % 7 == 0 ? "\u00e9t\u00e9" : " w" + i);
        }
        texts.add("\u4e2d");
        texts.add(" after");
        texts.add("\u00ff");
        StringBuilder line = new StringBuilder(HEAD);
        for (int i = 0; i < texts.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(texts.get(i)).append('"');
        }
        byte[] bytes = line.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(bytes);
        assertNotNull(scanned);
        assertEquals(full(bytes), scanned);
        assertEquals(String.join("", texts), scanned.text());
        assertEquals(texts.size(), scanned.tokenCount());
        assertEquals("\u4e2d", scanned.tokenText(5000));
        assertEquals(" w4999", scanned.tokenText(4999));
        assertEquals("\u00ff", scanned.tokenText(5002));
    }

    @Test
    void escapesSurrogatesAndWhitespaceBetweenAsciiTextsReadAsTheFullReaderReadsThem() throws IOException {
        String line = HEAD + "\"a\",\"b\\\"c\" , \"d\",\t\"\\u00e9\",\"\\ud83d\\ude42\",\"\uD83D\uDE42\",\"e\""
                + ",\"\\n\",\"f\"\n,\"\\u4e2d\",\"g\",\"\\/\"]}}";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Trace scanned = scan(bytes);
        assertNotNull(scanned);
        assertEquals(full(bytes), scanned);
        assertEquals("ab\"cd\u00e9\uD83D\uDE42\uD83D\uDE42e\nf\u4e2dg/", scanned.text());
        assertEquals(12, scanned.tokenCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"run-7\"", "\"r\\u00e9sum\\u00e9 \\\"1\\\"\"", "\"\u4e2d\"", "\"\""})
    void idsReadAsTheFullReaderReadsThem(String id) throws IOException {
        byte[] bytes = ("{\"id\":" + id + ",\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]}}")
                .getBytes(StandardCharsets.UTF_8);
        assertScansAsTheFullReader(bytes, id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"exitscope/2\"", "\"exitscope/1 \"", "null", "1", "\"other\""})
    void aFormatOtherThanTheOneReadIsLeftToTheFullReader(String format) {
        byte[] bytes = ("{\"format\":" + format + ",\"tokens\":{\"text\":[\"a\"]}}")
                .getBytes(StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> assertNull(scan(bytes), format));
        assertThrows(TraceInputException.class, () -> full(bytes), format);
    }

    @ParameterizedTest
    @ValueSource(ints = {4093, 4094, 4095, 4096, 4097, 9000})
    void textsAroundTheScannersLengthBoundReadAsTheFullReaderReadsThem(int length) throws IOException {
        String longText = "x".repeat(length);
        byte[] bytes = (HEAD + "\"a\",\"" + longText + "\",\"b\",\"" + longText + "\"]}}")
                .getBytes(StandardCharsets.UTF_8);
        Trace expected = full(bytes);
        Trace scanned = scan(bytes);
        if (scanned != null) {
            assertEquals(expected, scanned);
        }
        assertEquals(4, expected.tokenCount());
        assertEquals(2 + 2 * length, expected.text().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[\"\"]", "[\"\",\"\"]", "[ ]", "[\"a\" ]", "[\"a\",\"\u00e9\"]"})
    void shortAndEmptyColumnsReadAsTheFullReaderReadsThem(String column) throws IOException {
        byte[] bytes = ("{\"format\":\"exitscope/1\",\"tokens\":{\"text\":" + column + "}}")
                .getBytes(StandardCharsets.UTF_8);
        assertScansAsTheFullReader(bytes, column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"a\",]", "[\"a\"", "[\"a\" \"b\"]", "[,\"a\"]", "[\"a\",,\"b\"]", "[\"a\"}"})
    void malformedColumnsAreDeclinedAndRejectedByTheFullReader(String column) throws IOException {
        byte[] bytes = ("{\"format\":\"exitscope/1\",\"tokens\":{\"text\":" + column + "}}")
                .getBytes(StandardCharsets.UTF_8);
        assertNull(scan(bytes), column);
        assertThrows(IOException.class, () -> full(bytes), column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deer", "dynasor", "puma", "lynx", "forced", "prm", "DEER", "Dynasor", "d\\u0065er"})
    void knownKindsInAnySpellingReadAsTheFullReaderReadsThem(String kind) throws IOException {
        byte[] bytes = probeLine("{\"kind\":\"" + kind + "\",\"at\":1,\"text\":\"t\"}");
        assertScansAsTheFullReader(bytes, kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dee", "deers", "deer ", "", "prmx", "lynx\\u0000"})
    void unknownKindsAreDeclinedAndRejectedByTheFullReader(String kind) throws IOException {
        byte[] bytes = probeLine("{\"kind\":\"" + kind + "\",\"at\":1}");
        assertNull(scan(bytes), kind);
        assertThrows(TraceInputException.class, () -> full(bytes), kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kin", "kinds", "a", "atx", "tex", "texts", "pp", "ou", "outs", "k\\u0069nd"})
    void fieldNamesNearKnownOnesAreDeclined(String name) throws IOException {
        byte[] bytes = probeLine("{\"kind\":\"deer\",\"at\":1,\"" + name + "\":null}");
        assertNull(scan(bytes), name);
    }

    @Test
    void aKnownFieldNameWrittenWithAnEscapeIsLeftToTheFullReader() throws IOException {
        byte[] bytes = probeLine("{\"k\\u0069nd\":\"deer\",\"\\u0061t\":1}");
        assertNull(scan(bytes));
        Trace t = full(bytes);
        assertEquals("deer", t.probes().get(0).kind());
        assertEquals(1, t.probes().get(0).at());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":\"{\",\"logprob\":-0.5}", "{\"logprob\":null,\"text\":\"\\u00e9\"}",
        "{\"text\":\"a\",\"text\":\"b\"}"})
    void outputTokensReadAsTheFullReaderReadsThem(String token) throws IOException {
        byte[] bytes = probeLine("{\"kind\":\"deer\",\"at\":1,\"out\":[" + token + "]}");
        assertScansAsTheFullReader(bytes, token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"tex\":\"a\"}", "{\"text\":\"a\",\"logprobs\":1}", "{\"text\":\"a\",\"l\":1}"})
    void outputTokenFieldsNearKnownOnesAreDeclined(String token) throws IOException {
        assertNull(scan(probeLine("{\"kind\":\"deer\",\"at\":1,\"out\":[" + token + "]}")), token);
    }

    private static byte[] probeLine(String probe) {
        return (HEAD + "\"a\",\"b\"]},\"probes\":[" + probe + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /** The scanner reads {@code line} (it does not decline it) to the trace the full reader makes of it. */
    private static void assertScansAsTheFullReader(byte[] line, String what) throws IOException {
        Trace scanned = scan(line);
        assertNotNull(scanned, what);
        assertEquals(full(line), scanned, what);
    }

    private static Trace scan(byte[] line) throws IOException {
        JsonFactory factory = JsonSupport.factory(ReadLimits.DEFAULT);
        NativeTraceReader reader = new NativeTraceReader(SOURCE, ReadLimits.DEFAULT);
        return new NativeLineScanner(SOURCE, ReadLimits.DEFAULT, factory, reader).read(line, line.length, "t:0");
    }

    private static Trace full(byte[] line) throws IOException {
        JsonFactory factory = JsonSupport.factory(ReadLimits.DEFAULT);
        try (JsonParser p = factory.createParser(line)) {
            return new NativeTraceReader(SOURCE, ReadLimits.DEFAULT).read(p, 0, "t:0");
        }
    }
}
