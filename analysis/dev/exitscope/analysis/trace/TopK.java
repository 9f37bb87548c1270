package dev.exitscope.analysis.trace;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Top-k alternatives per token position, stored as compressed rows: row {@code i} holds
 * {@code rowStart[i] .. rowStart[i+1]} entries of (string-table id, logprob), most likely first as the source
 * gave them. Ids are stored as {@code char} while the table has at most 65,536 strings (always, for real
 * vocabularies seen in one trace), halving their footprint. A row may be shorter than {@code k} (servers
 * sometimes return fewer) or empty (no alternatives at
 * that position). Immutable and thread-safe.
 */
public final class TopK {
    private final int k;
    private final int[] rowStart;
    private final int @Nullable [] textIds;
    private final char @Nullable [] smallIds;
    private final float[] logprobs;
    private final StringTable strings;

    TopK(int k, int[] rowStart, int[] ids, float[] logprobs, StringTable strings) {
        this.k = k;
        this.rowStart = rowStart;
        if (strings.size() <= Character.MAX_VALUE + 1) {
            char[] small = new char[ids.length];
            for (int x = 0; x < ids.length; x++) {
                small[x] = (char) ids[x];
            }
            this.smallIds = small;
            this.textIds = null;
        } else {
            this.smallIds = null;
            this.textIds = ids;
        }
        this.logprobs = logprobs;
        this.strings = strings;
    }

    private int id(int x) {
        return smallIds != null ? smallIds[x] : textIds[x];
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
        return strings.get(id(index(i, j)));
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
        long ids = smallIds != null ? 2L * smallIds.length : 4L * textIds.length;
        return 48L + 4L * rowStart.length + ids + 4L * logprobs.length + strings.retainedBytes();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopK t) || t.k != k || !Arrays.equals(t.rowStart, rowStart)
                || !Arrays.equals(t.logprobs, logprobs)) {
            return false;
        }
        for (int x = 0; x < logprobs.length; x++) {
            if (!strings.get(id(x)).equals(t.strings.get(t.id(x)))) {
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
