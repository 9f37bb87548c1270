package dev.exitscope.analysis.io.text;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
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
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Reads the {@code text} format: a plain-text or Markdown file holding one trace, for output pasted from a chat
 * window or saved by a script. The text is split with {@link TextTokenizer}; the thinking block is detected by the
 * trace builder from {@code <think>…</think>} or {@code <Thought>…</Thought>}; the id is the file stem. The file
 * must be UTF-8 (a byte-order mark is dropped); it is read whole, bounded by {@link ReadLimits#maxRecordBytes()}.
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
        int length;
        try (InputStream in = source.open()) {
            bytes = new byte[8192];
            length = 0;
            while (true) {
                if (length == bytes.length) {
                    if (length > max) {
                        throw tooLong(source, bytes, max);
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(max + 1L, 2L * length));
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            if (length > max) {
                throw tooLong(source, bytes, max);
            }
        } catch (ZipException | EOFException e) {
            throw TraceInputException.ofFile(source.displayName(), "cannot read the compressed input ("
                    + e.getMessage() + ")");
        }
        String text = decode(source, bytes, length);
        bytes = null;
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

    /** The error for a text longer than {@code max} bytes, at the line and column where the bound is crossed. */
    private static TraceInputException tooLong(InputSource source, byte[] bytes, int max) {
        int[] at = lineAndColumn(bytes, max);
        return TraceInputException.at(source.displayName(), at[0], at[1], "the text is longer than "
                + ReadLimits.describeRecordBound(max));
    }

    /**
     * The text, checked to be UTF-8 first: the check decodes in small pieces, and the string is then made from
     * the bytes in one step, so the check costs no copy of the whole text.
     */
    private static String decode(InputSource source, byte[] bytes, int length) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int[] at = lineAndColumn(bytes, in.position());
                throw TraceInputException.at(source.displayName(), at[0], at[1],
                        "expected UTF-8 text, found an invalid byte");
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Line and column (1-based, in chars) of byte {@code offset}. */
    private static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
