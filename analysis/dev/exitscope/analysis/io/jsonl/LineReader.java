package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.ReadPosition;
import dev.exitscope.analysis.io.TraceInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream line by line ({@code \n}, with a trailing {@code \r} dropped) without ever holding more than
 * one line, and refuses lines longer than a byte bound, so a huge corpus streams in bounded memory and a file
 * without newlines ends in a clear error. Not thread-safe.
 */
final class LineReader {
    private final InputStream in;
    private final String file;
    private final int maxBytes;
    private final ReadPosition position;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private byte[] line = new byte[1024];
    private int lineLen;
    private int lineNumber;

    LineReader(InputStream in, String file, ReadPosition position, int maxBytes) {
        this.in = in;
        this.file = file;
        this.position = position;
        this.maxBytes = maxBytes;
    }

    /** 1-based number of the line returned last. */
    int lineNumber() {
        return lineNumber;
    }

    /** Length in bytes of the line returned last. */
    int length() {
        return lineLen;
    }

    /** The next line's bytes (valid until the next call; see {@link #length()}), or null at the end. */
    byte @Nullable [] next() throws IOException {
        position.atLine(lineNumber + 1);
        lineLen = 0;
        boolean any = false;
        while (true) {
            if (bufPos == bufLen) {
                bufLen = in.read(buf, 0, buf.length);
                bufPos = 0;
                if (bufLen <= 0) {
                    bufLen = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = bufPos;
            while (bufPos < bufLen && buf[bufPos] != '\n') {
                bufPos++;
            }
            append(start, bufPos - start);
            if (bufPos < bufLen) {
                bufPos++;
                break;
            }
        }
        lineNumber++;
        if (lineLen > 0 && line[lineLen - 1] == '\r') {
            lineLen--;
        }
        return line;
    }

    private void append(int from, int n) {
        if ((long) lineLen + n > maxBytes) {
            throw TraceInputException.at(file, lineNumber + 1, 1, "line " + (lineNumber + 1) + " is longer than "
                    + ReadLimits.describeRecordBound(maxBytes));
        }
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLen + n, Math.min(maxBytes, line.length * 2)));
        }
        System.arraycopy(buf, from, line, lineLen, n);
        lineLen += n;
    }
}
