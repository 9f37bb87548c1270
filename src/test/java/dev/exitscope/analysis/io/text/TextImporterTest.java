package dev.exitscope.analysis.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TextImporterTest {
    private final TextImporter importer = new TextImporter();

    private static Path resource(String name) {
        URL url = Objects.requireNonNull(TextImporterTest.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Trace readOne(InputSource src, ImportOptions opts) throws IOException {
        List<Trace> out = new ArrayList<>();
        importer.read(src, opts, out::add);
        assertEquals(1, out.size());
        return out.get(0);
    }

    private Trace readFixture(String name) throws IOException {
        return readOne(InputSource.of(resource("/fixtures/text/" + name)), ImportOptions.DEFAULT);
    }

    @Test
    void thinkBlockWithBothTagsIsDetected() throws IOException {
        Trace t = readFixture("r1-think.txt");
        Path p = resource("/fixtures/text/r1-think.txt");
        assertEquals(Files.readString(p), t.text());
        assertEquals("r1-think", t.id());
        assertEquals(0, t.thinkStart());
        assertTrue(t.text().substring(0, t.tokenStart(t.thinkEnd())).endsWith("</think>"));
        assertEquals("42", t.finalAnswer().answer());
    }

    @Test
    void closingTagAloneStartsTheBlockAtTheBeginning() throws IOException {
        Trace t = readFixture("r1-close-only.md");
        assertEquals("r1-close-only", t.id());
        assertEquals(0, t.thinkStart());
        assertTrue(t.text().substring(0, t.tokenStart(t.thinkEnd())).endsWith("</think>"));
        assertEquals("4", t.finalAnswer().answer());
    }

    @Test
    void thoughtTagsCountAsAThinkingBlock() throws IOException {
        Trace t = readFixture("marco-thought.txt");
        assertEquals(0, t.thinkStart());
        assertEquals("Paris", t.finalAnswer().answer());
    }

    @Test
    void unclosedBlockRunsToTheEnd() throws IOException {
        Trace t = readFixture("unclosed.txt");
        assertEquals(t.tokenCount(), t.thinkEnd());
    }

    @Test
    void textWithoutTagsHasNoThinkingBlock() throws IOException {
        Trace t = readFixture("plain.txt");
        assertNull(t.thinkStart());
        assertEquals(Files.readString(resource("/fixtures/text/plain.txt")), t.text());
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        byte[] b = "\uFEFFhello".getBytes(StandardCharsets.UTF_8);
        assertEquals("hello", readOne(InputSource.ofBytes("b.txt", b), ImportOptions.DEFAULT).text());
    }

    @Test
    void invalidUtf8IsALocatedError() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> readOne(InputSource.of(resource("/malformed/text/invalid-utf8.txt")), ImportOptions.DEFAULT));
        assertEquals(1, e.line());
        assertEquals(13, e.column(), e.getMessage());
    }

    @Test
    void tokenLimitIsAFileError() {
        ImportOptions opts = ImportOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxTokens(3));
        byte[] b = "one two three four".getBytes(StandardCharsets.UTF_8);
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> readOne(InputSource.ofBytes("long.txt", b), opts));
        assertTrue(e.getMessage().startsWith("long.txt: "), e.getMessage());
    }

    @Test
    void sniffIsLowForTextAndZeroForJson() {
        assertEquals(10, importer.sniff("a.txt", "<think>hi</think>"));
        assertEquals(10, importer.sniff("a.md", "# Title"));
        assertEquals(5, importer.sniff("a.log", "hello"));
        assertEquals(0, importer.sniff("a.txt", "  {\"x\": 1}"));
        assertEquals(0, importer.sniff("a.txt", "[1, 2]"));
        assertEquals(0, importer.sniff("a.jsonl", "\uFEFF{\"format\":\"exitscope/1\"}"));
    }
}
