package dev.exitscope.analysis.trace;

import java.util.Arrays;

/**
 * Top-k alternatives per token position, stored as compressed rows: row {@code i} holds
 * {@code rowStart[i] .. rowStart[i+1]} entries of (string-table id, logprob), most likely first as the source
 * gave them. A row may be shorter than {@code k} (servers sometimes return fewer) or empty (no alternatives at
 * that position). Immutable and thread-safe.
 */
public final class TopK {
    private final int k;
    private final int[] rowStart;
    private final int[] textIds;
    private final float[] logprobs;
    private final StringTable strings;

    TopK(int k, int[] rowStart, int[] textIds, float[] logprobs, StringTable strings) {
        this.k = k;
        this.rowStart = rowStart;
        this.textIds = textIds;
        this.logprobs = logprobs;
        this.strings = strings;
    }

    /** The declared number of alternatives per position (the longest row when the source did not say). */
    public int k() {
        return k;
    }

    public int positions() {
        return rowStart.length - 1;
    }

    /** How many alternatives position {@code i} has. */
    public int count(int i) {
        return rowStart[i + 1] - rowStart[i];
    }

    public String text(int i, int j) {
        return strings.get(textIds[index(i, j)]);
    }

    public float logprob(int i, int j) {
        return logprobs[index(i, j)];
    }

    /** Copies position {@code i}'s logprobs into {@code dst} and returns how many there were. */
    public int logprobs(int i, float[] dst) {
        int n = count(i);
        System.arraycopy(logprobs, rowStart[i], dst, 0, n);
        return n;
    }

    private int index(int i, int j) {
        int n = count(i);
        if (j < 0 || j >= n) {
            throw new IndexOutOfBoundsException("alternative " + j + " of " + n + " at token " + i);
        }
        return rowStart[i] + j;
    }

    public long retainedBytes() {
        return 48L + 4L * rowStart.length + 4L * textIds.length + 4L * logprobs.length + strings.retainedBytes();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopK t) || t.k != k || !Arrays.equals(t.rowStart, rowStart)
                || !Arrays.equals(t.logprobs, logprobs)) {
            return false;
        }
        for (int x = 0; x < textIds.length; x++) {
            if (!strings.get(textIds[x]).equals(t.strings.get(t.textIds[x]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * k + Arrays.hashCode(logprobs);
    }
}
