package dev.exitscope.app.cli;

import java.util.Locale;

/** Byte counts in words for messages: {@code 247 MiB}, {@code 3.7 GiB} (binary units, one decimal from 1 GiB). */
final class Bytes {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private Bytes() {
    }

    static String binary(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GiB", (double) bytes / GIB);
        }
        return Math.max(1, (bytes + MIB - 1) / MIB) + " MiB";
    }
}
