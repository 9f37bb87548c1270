package dev.exitscope.analysis.io.openai;

import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a server-sent-events transcript (or any line-oriented stream) into lines of bytes, numbered from 1,
 * without decoding them. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (as the event-stream format
 * allows); a UTF-8 byte-order mark before the first line is dropped.
 * Lines longer than the record limit end in an error rather than an exhausted heap. Not thread-safe.
 */
public final class EventStreamLines {
    private static final byte[] DATA = {'d', 'a', 't', 'a', ':'};

    private final InputStream in;
    private final InputSource src;
    private final int maxLine;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int length;
    private int number;
    private boolean eof;
    private boolean afterCr;

    public EventStreamLines(InputStream in, InputSource src, int maxLineBytes) {
        this.in = in;
        this.src = src;
        this.maxLine = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        src.position().atLine(number + 1);
        length = 0;
        boolean any = false;
        while (true) {
            if (chunkPos >= chunkEnd) {
                if (eof) {
                    break;
                }
                int n = in.read(chunk, 0, chunk.length);
                if (n < 0) {
                    eof = true;
                } else {
                    chunkPos = 0;
                    chunkEnd = n;
                }
                continue;
            }
            if (afterCr) {
                afterCr = false;
                if (chunk[chunkPos] == '\n') {
                    chunkPos++;
                    continue;
                }
            }
            any = true;
            int i = chunkPos;
            while (i < chunkEnd && chunk[i] != '\n' && chunk[i] != '\r') {
                i++;
            }
            append(chunkPos, i - chunkPos);
            if (i < chunkEnd) {
                afterCr = chunk[i] == '\r';
                chunkPos = i + 1;
                return finishLine();
            }
            chunkPos = chunkEnd;
        }
        return any && finishLine();
    }

    private boolean finishLine() {
        number++;
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
        }
        return true;
    }

    /** The current line's bytes, valid up to {@link #length()} until the next call to {@link #next()}. */
    public byte[] bytes() {
        return line;
    }

    public int length() {
        return length;
    }

    /** The current line's number, from 1. */
    public int number() {
        return number;
    }

    /** Offset of the payload after a {@code data:} prefix and one optional space, or -1 for other lines. */
    public int dataOffset() {
        if (length < DATA.length) {
            return -1;
        }
        for (int i = 0; i < DATA.length; i++) {
            if (line[i] != DATA[i]) {
                return -1;
            }
        }
        return length > DATA.length && line[DATA.length] == ' ' ? DATA.length + 1 : DATA.length;
    }

    /** Whether the line holds only whitespace. */
    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes from {@code from} are exactly {@code s} (ASCII), ignoring trailing whitespace. */
    public boolean restEquals(int from, String s) {
        int end = length;
        while (end > from && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (end - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (line[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void append(int from, int n) {
        if ((long) length + n > maxLine) {
            throw TraceInputException.at(src.displayName(), number + 1, 1, "line " + (number + 1)
                    + " is longer than " + ReadLimits.describeRecordBound(maxLine));
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, (int) Math.min(maxLine, line.length * 2L)));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }
}
