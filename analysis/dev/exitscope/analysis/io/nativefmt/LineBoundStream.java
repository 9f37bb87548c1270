package dev.exitscope.analysis.io.nativefmt;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes through and fails as soon as the record being written grows past a bound, so a corpus line that
 * the reader would refuse is stopped while it is written, before the rest of it is produced. {@link #startRecord()}
 * begins a record and {@link #endRecord()} ends it with a newline; the bound counts the record's bytes without the
 * newline, before any compression, as the reader's line bound does. Not thread-safe.
 */
final class LineBoundStream extends FilterOutputStream {
    /** A record grew past the bound; {@link #bound()} says which. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int bound;

        RecordTooLongException(int bound) {
            super("record longer than " + bound + " bytes");
            this.bound = bound;
        }

        int bound() {
            return bound;
        }
    }

    private final int bound;
    private long written;

    LineBoundStream(OutputStream out, int bound) {
        super(out);
        this.bound = bound;
    }

    void startRecord() {
        written = 0;
    }

    void endRecord() throws IOException {
        out.write('\n');
    }

    @Override
    public void write(int b) throws IOException {
        grow(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        grow(len);
        out.write(b, off, len);
    }

    private void grow(int n) throws RecordTooLongException {
        written += n;
        if (written > bound) {
            throw new RecordTooLongException(bound);
        }
    }
}
