package dev.exitscope.views.tokentext;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Quantile colour buckets of one per-token signal. A token's bucket is {@code floor(10 · below / m)}, where
 * {@code below} counts the tokens with a strictly smaller value and {@code m} the tokens with a value, so equal
 * values share a bucket and each bucket holds about a tenth of the tokens. Tokens without a value get -1. The
 * extremes are the tokens with fewer than 2 % of the values strictly above (high) or strictly below (low) them;
 * a constant signal has no extremes. Immutable and thread-safe once built; building is O(n log n) and belongs on a
 * worker thread.
 */
public final class HeatScale {
    /** Number of colour buckets. */
    public static final int BUCKETS = 10;
    /** Share of the tokens at either end marked as extreme. */
    public static final double EXTREME_SHARE = 0.02;

    private final byte[] bucket;
    private final BitSet high;
    private final BitSet low;
    private final float[] floors;

    private HeatScale(byte[] bucket, BitSet high, BitSet low, float[] floors) {
        this.bucket = bucket;
        this.high = high;
        this.low = low;
        this.floors = floors;
    }

    /** Buckets the values (NaN means no value). The array is read, not kept. */
    public static HeatScale of(float[] values) {
        int n = values.length;
        float[] sorted = new float[n];
        int m = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                sorted[m++] = v;
            }
        }
        sorted = Arrays.copyOf(sorted, m);
        Arrays.sort(sorted);
        byte[] bucket = new byte[n];
        BitSet high = new BitSet(n);
        BitSet low = new BitSet(n);
        boolean constant = m == 0 || sorted[0] == sorted[m - 1];
        // A value's bucket is floor(BUCKETS · below / m), "below" counting the smaller values: it reaches bucket k
        // when below >= ceil(k·m / BUCKETS), that is when the value at that rank minus one is smaller than it. The
        // top and bottom EXTREME_SHARE the same way, with e = ceil(m · EXTREME_SHARE): fewer than that many values
        // are larger when the e-th largest is at most the value, and fewer are smaller when the e-th smallest is at
        // least it. Comparing with these few thresholds replaces two binary searches per token.
        float[] reach = new float[BUCKETS];
        for (int k = 1; k < BUCKETS; k++) {
            reach[k] = m == 0 ? Float.NaN : sorted[(int) Math.ceil((double) k * m / BUCKETS) - 1];
        }
        int e = (int) Math.ceil(m * EXTREME_SHARE);
        float highFrom = m == 0 ? Float.NaN : sorted[m - e];
        float lowTo = m == 0 ? Float.NaN : sorted[e - 1];
        for (int i = 0; i < n; i++) {
            float v = values[i];
            if (Float.isNaN(v)) {
                bucket[i] = -1;
                continue;
            }
            int b = 0;
            while (b + 1 < BUCKETS && reach[b + 1] < v) {
                b++;
            }
            bucket[i] = (byte) b;
            if (!constant && highFrom <= v) {
                high.set(i);
            }
            if (!constant && lowTo >= v) {
                low.set(i);
            }
        }
        float[] floors = new float[BUCKETS];
        for (int k = 0; k < BUCKETS; k++) {
            floors[k] = m == 0 ? Float.NaN : sorted[Math.min(m - 1, (int) Math.ceil((double) k * m / BUCKETS))];
        }
        return new HeatScale(bucket, high, low, floors);
    }

    /** The bucket of token {@code i}, 0 (lowest tenth) to 9, or -1 when it has no value. */
    public int bucket(int i) {
        return bucket[i];
    }

    /** Whether token {@code i} is among the top 2 %. */
    public boolean extremeHigh(int i) {
        return high.get(i);
    }

    /** Whether token {@code i} is among the bottom 2 %. */
    public boolean extremeLow(int i) {
        return low.get(i);
    }

    /** The smallest value that falls into bucket {@code k} (about the {@code k}-th decile); NaN when no values. */
    public float floor(int k) {
        return floors[k];
    }

    /** Whether any token has a value. */
    public boolean hasValues() {
        return !Float.isNaN(floors[0]);
    }
}
