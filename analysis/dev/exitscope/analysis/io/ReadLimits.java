package dev.exitscope.analysis.io;

/**
 * Bounds on what an importer accepts, so hostile or broken input ends in a clear error instead of an
 * exhausted heap or a stack overflow.
 *
 * <p>The default bound on a line or record follows the heap: a quarter of the largest heap the JVM may use
 * ({@link Runtime#maxMemory()}), rounded down to a whole MiB, at least 1 MiB and at most 512 MiB. A line is held
 * whole while it is parsed, and parsing it can take as much again in text and values, so a bound of a quarter
 * leaves the rest of the heap for the traces read so far. {@code --max-line-bytes} sets another bound.
 *
 * @param maxDepth         deepest JSON nesting accepted
 * @param maxStringLength  longest JSON string, in chars
 * @param maxTokens        most tokens in one trace
 * @param maxRecordBytes   longest line or record (JSON Lines, server-sent events, native corpora), and longest
 *                         plain text file, in bytes
 */
public record ReadLimits(int maxDepth, int maxStringLength, int maxTokens, int maxRecordBytes) {
    /** The longest field name (series names, keys of {@code meta.extra}) accepted, in UTF-8 bytes. */
    public static final int MAX_NAME_LENGTH = 50_000;
    /**
     * The deepest nesting {@code --max-depth} may allow. Nested values are read without recursion, so this bound
     * is not set by the stack: no trace format nests more than a few levels, and a bound keeps a typo such as
     * {@code --max-depth 2000000000} from disabling the check.
     */
    public static final int MAX_DEPTH = 10_000;
    /** The heap's share that the default record bound takes: one part in this many. */
    public static final int HEAP_FRACTION = 4;
    /** The default record bound never goes past this, whatever the heap. */
    public static final int MAX_DEFAULT_RECORD_BYTES = 512 * MiB.BYTES;
    /** The default record bound never goes below this, whatever the heap. */
    public static final int MIN_DEFAULT_RECORD_BYTES = MiB.BYTES;

    public static final ReadLimits DEFAULT = new ReadLimits(200, 64 * 1024 * 1024, 4_000_000,
            recordBytesForHeap(Runtime.getRuntime().maxMemory()));

    public ReadLimits {
        if (maxDepth < 4 || maxDepth > MAX_DEPTH || maxStringLength < 16 || maxTokens < 1 || maxRecordBytes < 16) {
            throw new IllegalArgumentException("read limits too small");
        }
    }

    /** The default record bound for a heap of {@code maxHeapBytes}. */
    public static int recordBytesForHeap(long maxHeapBytes) {
        long share = maxHeapBytes / HEAP_FRACTION / MiB.BYTES * MiB.BYTES;
        return (int) Math.max(MIN_DEFAULT_RECORD_BYTES, Math.min(MAX_DEFAULT_RECORD_BYTES, share));
    }

    /**
     * The record bound {@code bytes} in words, with how to raise it: for the heap's default, e.g. "64 MiB, the
     * bound for a 256 MiB heap; raise it with --max-line-bytes N or a larger -Xmx"; for a bound set by hand,
     * "1000 bytes, the bound set with --max-line-bytes".
     */
    public static String describeRecordBound(int bytes) {
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes == recordBytesForHeap(heap)) {
            return MiB.format(bytes) + ", the bound for a " + MiB.format(heap)
                    + " heap; raise it with --max-line-bytes N or a larger -Xmx";
        }
        return bytes + " bytes, the bound set with --max-line-bytes";
    }

    public ReadLimits withMaxTokens(int n) {
        return new ReadLimits(maxDepth, maxStringLength, n, maxRecordBytes);
    }

    public ReadLimits withMaxDepth(int d) {
        return new ReadLimits(d, maxStringLength, maxTokens, maxRecordBytes);
    }

    public ReadLimits withMaxStringLength(int s) {
        return new ReadLimits(maxDepth, s, maxTokens, maxRecordBytes);
    }

    public ReadLimits withMaxRecordBytes(int b) {
        return new ReadLimits(maxDepth, maxStringLength, maxTokens, b);
    }

    /** Sizes in mebibytes, as the messages about record bounds give them. */
    static final class MiB {
        static final int BYTES = 1024 * 1024;

        private MiB() {
        }

        /** {@code bytes} as whole MiB when it is a whole number of them, else to one decimal. */
        static String format(long bytes) {
            if (bytes % BYTES == 0) {
                return bytes / BYTES + " MiB";
            }
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) BYTES);
        }
    }
}
