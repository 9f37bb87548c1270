package dev.exitscope.analysis.io;

/**
 * Bounds on what an importer accepts, so hostile or broken input ends in a clear error instead of an
 * exhausted heap or a stack overflow.
 *
 * @param maxDepth         deepest JSON nesting accepted
 * @param maxStringLength  longest JSON string, in chars
 * @param maxTokens        most tokens in one trace
 * @param maxRecordBytes   longest JSONL line / record, in bytes
 */
public record ReadLimits(int maxDepth, int maxStringLength, int maxTokens, int maxRecordBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(200, 64 * 1024 * 1024, 4_000_000, 512 * 1024 * 1024);

    public ReadLimits {
        if (maxDepth < 4 || maxStringLength < 16 || maxTokens < 1 || maxRecordBytes < 16) {
            throw new IllegalArgumentException("read limits too small");
        }
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
}
