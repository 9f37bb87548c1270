package dev.exitscope.analysis.io.nativefmt;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, with a trailing {@code \r} dropped) without ever holding more than
 * one line, and fails a line longer than a bound instead of growing without limit. Not thread-safe.
 */
final class LineReader {
    /** Thrown for a line longer than the bound. */
    static final class LineTooLongException extends Exception {
        LineTooLongException() {
            super(null, null, false, false);
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private int length;
    private boolean eof;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line into {@link #bytes()}; false at the end of the input. */
    boolean next() throws IOException, LineTooLongException {
        length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    return any;
                }
            }
            any = true;
            int nl = indexOfNewline();
            int stop = nl < 0 ? end : nl;
            append(stop - pos);
            if (nl >= 0) {
                pos = nl + 1;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
            pos = end;
        }
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the current line holds only spaces, tabs and carriage returns. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) throws LineTooLongException {
        if ((long) length + n > maxLineBytes) {
            throw new LineTooLongException();
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(buf, pos, line, length, n);
        length += n;
    }
}
