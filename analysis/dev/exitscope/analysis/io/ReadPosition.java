package dev.exitscope.analysis.io;

import org.jspecify.annotations.Nullable;

/**
 * Where reading got to last: the input opened last and the line its reader reached. Only for the one-line message
 * when the JVM runs out of memory or stack, which can name the input and line without a stack trace. Readers set
 * it as they go; with several threads reading it names one of them.
 */
public final class ReadPosition {
    private static volatile @Nullable String file;
    private static volatile long line;

    private ReadPosition() {
    }

    /** A new input is being read from its start. */
    public static void opened(String displayName) {
        file = displayName;
        line = 0;
    }

    /** The reader of the current input has reached line {@code n} (1-based). */
    public static void atLine(long n) {
        line = n;
    }

    /** "FILE at line N", "FILE", or null when nothing was read. */
    public static @Nullable String describe() {
        String f = file;
        long n = line;
        if (f == null) {
            return null;
        }
        return n > 0 ? f + " at line " + n : f;
    }

    /** Forgets the position, as at the start of a command. */
    public static void clear() {
        file = null;
        line = 0;
    }
}
