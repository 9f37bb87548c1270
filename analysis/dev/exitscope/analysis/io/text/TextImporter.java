package dev.exitscope.analysis.io.text;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.text.TextTokenizer;
import dev.exitscope.analysis.trace.TokenLimitException;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

/**
 * Reads the {@code text} format: a plain-text or Markdown file holding one trace, for output pasted from a chat
 * window or saved by a script. The text is split with {@link TextTokenizer}; the thinking block is detected by the
 * trace builder from {@code <think>…</think>} or {@code <Thought>…</Thought>}; the id is the file stem. The file
 * must be UTF-8 (a byte-order mark is dropped); it is read whole, bounded by
 * {@link dev.exitscope.analysis.io.ReadLimits#maxRecordBytes()}.
 */
public final class TextImporter implements TraceImporter {
    @Override
    public String name() {
        return "text";
    }

    /** 0 for anything that looks like JSON (or is empty or binary), 10 for Markdown/text names, else 5. */
    @Override
    public int sniff(String fileName, String head) {
        String t = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String s = t.stripLeading();
        if (s.isEmpty() || s.startsWith("{") || s.startsWith("[") || t.indexOf('\0') >= 0) {
            return 0;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown") ? 10 : 5;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        int max = options.limits().maxRecordBytes();
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes(max);
            if (in.read() >= 0) {
                throw TraceInputException.ofFile(source.displayName(), "text file longer than " + max + " bytes");
            }
        } catch (ZipException | EOFException e) {
            throw TraceInputException.ofFile(source.displayName(), "cannot read the compressed input ("
                    + e.getMessage() + ")");
        }
        String text = decode(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TraceBuilder b = new TraceBuilder(source.stem(), options.limits().maxTokens());
        try {
            SplitText.append(b, text);
        } catch (TokenLimitException e) {
            throw TraceInputException.ofFile(source.displayName(), "trace has " + e.getMessage());
        }
        sink.accept(b.build());
    }

    private static String decode(InputSource source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int col = 1;
            int bad = firstInvalid(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            return failAt(source, line, col);
        }
    }

    private static String failAt(InputSource source, int line, int col) {
        throw TraceInputException.at(source.displayName(), line, col, "expected UTF-8 text, found an invalid byte");
    }

    /** Offset of the first byte where UTF-8 decoding fails. */
    private static int firstInvalid(byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, b.length));
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        return r.isError() ? in.position() : b.length;
    }
}
