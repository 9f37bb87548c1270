package dev.exitscope.analysis.io.jsonl;

import static dev.exitscope.analysis.io.jsonl.JsonlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlImporterTest {

    @Test
    void mappedFieldsAndDottedPathsFillTheTrace() throws IOException {
        List<Trace> ts = read("/fixtures/jsonl/mapped.jsonl",
                "id=uid,question=problem,gold=solution,response=out.text");
        assertEquals(2, ts.size());
        Trace a = ts.get(0);
        assertEquals("a1", a.id());
        assertEquals("What is 2+3?", a.question().text());
        assertEquals("5", a.question().gold());
        assertEquals(AnswerType.NUMERIC, a.question().answerType());
        assertEquals("<think>2 plus 3 is 5</think>The answer is 5.", a.text());
        assertEquals(0, a.thinkStart());
        assertEquals("5", a.finalAnswer().answer());
        assertTrue(a.finalAnswer().correct());
        assertTrue(ts.get(1).finalAnswer().correct(), "0.5 equals \\frac{1}{2}");
    }

    @Test
    void commonFieldNamesAreFoundWithoutAMapping() throws IOException {
        List<Trace> ts = read("/fixtures/jsonl/auto.jsonl", null);
        assertEquals(4, ts.size());
        Trace a = ts.get(0);
        assertEquals("7", a.id());
        assertEquals("Paris", a.question().gold());
        assertEquals(AnswerType.TEXT, a.question().answerType());
        assertEquals("tiny-1", a.meta().model());
        assertEquals(Boolean.TRUE, a.meta().datasetCorrect());
        assertTrue(a.finalAnswer().correct(), "text answers ignore case");
    }

    @Test
    void reasoningFieldFormsTheThinkingBlock() throws IOException {
        Trace b = read("/fixtures/jsonl/auto.jsonl", null).get(1);
        assertEquals("2 times 4 is 8\n\n8", b.text());
        assertEquals(0, b.thinkStart());
        assertEquals("2 times 4 is 8", b.text().substring(0, b.tokenStart(b.thinkEnd())));
        assertEquals("8", b.meta().datasetAnswer());
        assertEquals("8", b.finalAnswer().answer());
    }

    @Test
    void responseListBecomesAGroup() throws IOException {
        List<Trace> ts = read("/fixtures/jsonl/auto.jsonl", null);
        assertEquals("9:0", ts.get(2).id());
        assertEquals(new GroupRef("9", 1), ts.get(3).group());
        assertEquals("Pick one", ts.get(3).question().text());
        assertFalse(ts.get(2).finalAnswer().correct());
        assertTrue(ts.get(3).finalAnswer().correct());
    }

    @Test
    void jsonArrayOfRecordsIsRead() throws IOException {
        List<Trace> ts = read("/fixtures/jsonl/records.json", null);
        assertEquals(2, ts.size());
        assertEquals("records:0", ts.get(0).id());
        assertEquals("Say hi", ts.get(0).question().text());
        assertEquals(Integer.valueOf(0), ts.get(0).thinkStart());
        assertNull(ts.get(1).thinkStart());
    }

    @Test
    void presetCanBeNamedInTheMapping() throws IOException {
        List<Trace> ts = read("/fixtures/jsonl/qwen-mini.jsonl", "preset=qwen25-math");
        assertEquals(2, ts.size());
        assertEquals("5:1", ts.get(1).id());
        assertEquals("1.5", ts.get(0).meta().extra().get("rmScore"));
    }

    @Test
    void unknownPresetIsAFileError() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/fixtures/jsonl/auto.jsonl", "preset=nope"));
        assertTrue(e.getMessage().contains("unknown preset 'nope'"), e.getMessage());
    }

    @Test
    void brokenJsonNamesTheJsonlLine() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/broken-line.jsonl", null));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("broken-line.jsonl:2:"), e.getMessage());
    }

    @Test
    void lineThatIsNotAnObjectIsRejected() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/not-object.jsonl", null));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("expected a JSON object"), e.getMessage());
    }

    @Test
    void recordWithoutResponseNamesTheRecord() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/no-response.jsonl", null));
        assertEquals(2, e.record());
        assertTrue(e.getMessage().contains("no-response.jsonl: record 2: no response text"), e.getMessage());
    }

    @Test
    void responseOfTheWrongTypeNamesTheRecord() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/bad-response-type.jsonl", null));
        assertEquals(1, e.record());
        assertTrue(e.problem().contains("a number"), e.getMessage());
    }

    @Test
    void arrayElementThatIsNotARecordIsRejected() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/array-not-objects.json", null));
        assertTrue(e.problem().contains("expected a record object"), e.getMessage());
    }

    @Test
    void truncatedArrayIsALocatedError() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> read("/malformed/jsonl/truncated-array.json", null));
        assertTrue(e.line() >= 1, e.getMessage());
    }

    @Test
    void overlongLineIsRefusedWithoutReadingIt() {
        String big = "{\"response\": \"" + "x".repeat(5000) + "\"}\n";
        ImportOptions opts = ImportOptions.DEFAULT.withLimits(new ReadLimits(200, 1 << 20, 1000, 1024));
        TraceInputException e = assertThrows(TraceInputException.class, () -> new JsonlImporter()
                .read(InputSource.ofBytes("big.jsonl", big.getBytes(StandardCharsets.UTF_8)), opts, t -> { }));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("longer than 1024 bytes"), e.getMessage());
    }

    @Test
    void tokenLimitBecomesARecordError() {
        String rec = "{\"response\": \"one two three four five\"}\n";
        ImportOptions opts = ImportOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxTokens(2));
        TraceInputException e = assertThrows(TraceInputException.class, () -> new JsonlImporter()
                .read(InputSource.ofBytes("t.jsonl", rec.getBytes(StandardCharsets.UTF_8)), opts, t -> { }));
        assertEquals(1, e.record());
    }

    @Test
    void blankLinesAndByteOrderMarkAreSkipped() throws IOException {
        byte[] b = "\uFEFF{\"response\": \"a\"}\n\n  \n{\"response\": \"b\"}\r\n".getBytes(StandardCharsets.UTF_8);
        List<Trace> ts = read(InputSource.ofBytes("x.jsonl", b), null);
        assertEquals(List.of("x:0", "x:1"), ts.stream().map(Trace::id).toList());
    }
}
