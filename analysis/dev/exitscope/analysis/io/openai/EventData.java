package dev.exitscope.analysis.io.openai;

import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The values an event stream carries in its {@code data:} lines. As the event-stream format specifies, the
 * {@code data:} lines of one event are joined with {@code \n}, so a JSON value written over several lines reads
 * as the one-line value; a value ends when its braces and brackets close (so events not separated by a blank
 * line still read one value each), or at the blank line, {@code [DONE]} or other line that ends its event.
 * Comment, {@code event:}, {@code id:} and {@code retry:} lines inside a value are passed over.
 *
 * <p>Errors found in a value are placed back on the transcript line and column they came from by
 * {@link #relocate}. The joined data is bounded by the record limit. Not thread-safe.
 */
public final class EventData {
    /** What {@link #next()} found. */
    public enum Item {
        /** A value: its bytes are {@link #bytes()} up to {@link #length()}. */
        VALUE,
        /** A {@code data: [DONE]} line. */
        DONE,
        /** A line that is not a {@code data:} line, outside any value: read it from {@link #lines()}. */
        OTHER
    }

    private final EventStreamLines lines;
    private final InputSource src;
    private final int maxBytes;
    private byte[] data = new byte[1024];
    private int length;
    private int[] partLines = new int[4];
    private int[] partOffsets = new int[4];
    private int parts;
    private int depth;
    private boolean inString;
    private boolean escaped;
    private boolean content;
    private boolean reuse;

    public EventData(InputStream in, InputSource src, int maxBytes) {
        this.lines = new EventStreamLines(in, src, maxBytes);
        this.src = src;
        this.maxBytes = maxBytes;
    }

    /** The transcript's lines; the current one is the line an {@link Item#DONE} or {@link Item#OTHER} was. */
    public EventStreamLines lines() {
        return lines;
    }

    /** Advances to the next value, {@code [DONE]} or other line; null at the end of the input. */
    public @Nullable Item next() throws IOException {
        reset();
        while (true) {
            if (!reuse && !lines.next()) {
                return content ? Item.VALUE : null;
            }
            reuse = false;
            int off = lines.dataOffset();
            if (off < 0) {
                if (lines.isBlank()) {
                    if (content) {
                        return Item.VALUE;
                    }
                    reset();
                    continue;
                }
                if (parts > 0 && isFieldOrComment()) {
                    continue;
                }
                reuse = content;
                return content ? Item.VALUE : Item.OTHER;
            }
            if (lines.restEquals(off, "[DONE]")) {
                reuse = content;
                return content ? Item.VALUE : Item.DONE;
            }
            append(off);
            if (content && depth <= 0 && !inString) {
                return Item.VALUE;
            }
        }
    }

    /** The joined data of the current value, valid up to {@link #length()} until the next call to next. */
    public byte[] bytes() {
        return data;
    }

    public int length() {
        return length;
    }

    /** The error {@code e}, found at a line and column of the current value, at its transcript line and column. */
    public TraceInputException relocate(TraceInputException e) {
        if (parts == 0) {
            return TraceInputException.at(e.file(), lines.number(), Math.max(1, e.column()), e.problem());
        }
        int k = Math.min(parts - 1, Math.max(0, e.line() - 1));
        return TraceInputException.at(e.file(), partLines[k], partOffsets[k] + Math.max(1, e.column()),
                e.problem());
    }

    /** Whether the current line is a comment or an {@code event:}, {@code id:} or {@code retry:} field. */
    public boolean isFieldOrComment() {
        byte[] b = lines.bytes();
        return lines.length() > 0 && b[0] == ':' || startsWith("event:") || startsWith("id:")
                || startsWith("retry:");
    }

    private boolean startsWith(String s) {
        if (lines.length() < s.length()) {
            return false;
        }
        byte[] b = lines.bytes();
        for (int i = 0; i < s.length(); i++) {
            if (b[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void reset() {
        length = 0;
        parts = 0;
        depth = 0;
        inString = false;
        escaped = false;
        content = false;
    }

    private void append(int off) {
        int n = lines.length() - off;
        int extra = parts > 0 ? 1 : 0;
        if ((long) length + extra + n > maxBytes) {
            throw TraceInputException.at(src.displayName(), lines.number(), 1, "the data: lines of the event"
                    + " up to line " + lines.number() + " are longer than "
                    + ReadLimits.describeRecordBound(maxBytes) + " together");
        }
        if (length + extra + n > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(maxBytes, Math.max(length + extra + n, data.length * 2L)));
        }
        if (extra > 0) {
            data[length++] = '\n';
        }
        if (parts == partLines.length) {
            partLines = Arrays.copyOf(partLines, parts * 2);
            partOffsets = Arrays.copyOf(partOffsets, parts * 2);
        }
        partLines[parts] = lines.number();
        partOffsets[parts] = off;
        parts++;
        byte[] b = lines.bytes();
        System.arraycopy(b, off, data, length, n);
        length += n;
        scan(off, lines.length());
    }

    /** Follows strings, braces and brackets over the new bytes, to tell when the value is complete. */
    private void scan(int from, int to) {
        byte[] b = lines.bytes();
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == ' ' || c == '\t') {
                continue;
            }
            content = true;
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
