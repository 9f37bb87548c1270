package dev.exitscope.analysis.io.nativefmt;

import java.util.Locale;

/** Names and file-name rules of ExitScope's native trace format. Constants only. */
public final class NativeFormat {
    /** The {@code format} value this version writes and reads. */
    public static final String FORMAT = "exitscope/1";
    /** Prefix shared by every version of the format. */
    public static final String FAMILY = "exitscope/";
    /** Extension of a file holding exactly one trace. */
    public static final String SINGLE_EXTENSION = ".trace.json";
    /** Extension of a corpus file holding one trace a line. */
    public static final String CORPUS_EXTENSION = ".traces.jsonl";

    private NativeFormat() {
    }

    /** Whether {@code fileName} (without {@code .gz}) names a one-trace-a-line corpus. */
    public static boolean isCorpusName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Whether {@code fileName} (without {@code .gz}) names a single-trace file. */
    public static boolean isSingleName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
