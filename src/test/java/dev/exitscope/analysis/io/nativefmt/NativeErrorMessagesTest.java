package dev.exitscope.analysis.io.nativefmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NativeErrorMessagesTest {

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("wrong-type-logprob.trace.json",
                        "6:23: expected tokens.logprob[1] (a number or null), found string \"x\""),
                Arguments.of("missing-tokens.trace.json",
                        "1:1: expected field \"tokens\" (an object with the token texts) in the trace object"),
                Arguments.of("unknown-probe-kind.trace.json", "6:14: expected probes[1].kind to be one of"
                        + " deer, dynasor, puma, lynx, forced, prm, found \"oracle\""),
                Arguments.of("series-length.trace.json",
                        "5:13: expected 3 values in series.harm (one per token), found 2"),
                Arguments.of("unsupported-version.trace.json",
                        "1:12: unsupported format version \"exitscope/2\": this ExitScope reads \"exitscope/1\""),
                Arguments.of("truncated.trace.json", "3:30: unexpected end of input inside a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileEndsInOneMessageWithLineAndColumn(String file, String message) {
        InputSource src = NativeTestFiles.source("malformed/native/" + file);
        TraceInputException e = assertThrows(TraceInputException.class, () -> NativeTestFiles.read(src));
        assertEquals(file + ":" + message, e.getMessage());
    }

    @Test
    void aBadCorpusLineNamesItsRecordAfterTheTracesBeforeItWereDelivered() {
        InputSource src = NativeTestFiles.source("malformed/native/bad-record.traces.jsonl");
        List<Trace> seen = new ArrayList<>();
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> new NativeImporter().read(src, ImportOptions.DEFAULT, seen::add));
        assertEquals("bad-record.traces.jsonl:2:47: record 2: expected tokens.text[1] (a string), found number 7",
                e.getMessage());
        assertEquals(List.of("ok"), seen.stream().map(Trace::id).toList());
    }

    @Test
    void tooManyTokensIsAnErrorNotAnExhaustedHeap() {
        String json = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\",\"b\",\"c\"]}}";
        InputSource src = InputSource.ofBytes("big.trace.json", json.getBytes(StandardCharsets.UTF_8));
        ImportOptions small = ImportOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxTokens(2));
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> new NativeImporter().read(src, small, t -> { }));
        assertEquals("big.trace.json:1:51: more than 2 values in tokens.text (raise the limit with --max-tokens)",
                e.getMessage());
    }

    @Test
    void aSecondObjectInASingleTraceFilePointsToTheCorpusExtension() {
        String json = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[]}}\n{\"format\":\"exitscope/1\"}";
        InputSource src = InputSource.ofBytes("two.trace.json", json.getBytes(StandardCharsets.UTF_8));
        TraceInputException e = assertThrows(TraceInputException.class, () -> NativeTestFiles.read(src));
        assertEquals("two.trace.json:2:1: expected end of input after the trace, found an object"
                + " (a corpus with one trace a line is named *.traces.jsonl)", e.getMessage());
    }

    @Test
    void aThinkEndPastTheLastTokenIsRejectedAtTheField() {
        String json = "{\"format\":\"exitscope/1\",\"tokens\":{\"text\":[\"a\"]},\"thinkEnd\":2}";
        InputSource src = InputSource.ofBytes("t.trace.json", json.getBytes(StandardCharsets.UTF_8));
        TraceInputException e = assertThrows(TraceInputException.class, () -> NativeTestFiles.read(src));
        assertEquals("t.trace.json:1:60: expected thinkEnd between thinkStart (0) and the token count (1), found 2",
                e.getMessage());
    }
}
