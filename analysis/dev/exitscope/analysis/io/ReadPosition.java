package dev.exitscope.analysis.io;

/**
 * The line the reader of one input has reached, kept by its {@link InputSource} so that when the JVM runs out of
 * memory or stack while reading it, the one-line message can name the input and the line without a stack trace.
 * Written by the one thread that reads the input; read by whichever thread reports.
 */
public final class ReadPosition {
    private volatile long line;

    /** Reading starts again from the first line. */
    void restart() {
        line = 0;
    }

    /** The reader has reached line {@code n} (1-based). */
    public void atLine(long n) {
        line = n;
    }

    /** The line reached, 1-based, or 0 before any line was reached. */
    public long line() {
        return line;
    }
}
