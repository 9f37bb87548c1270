package dev.exitscope.analysis.timeline;

/**
 * Per-token lower and upper bounds of one series (entropy estimated from top-k) with a level-of-detail pyramid over
 * them: level {@code l} keeps, per bin of {@code 2^l} tokens, the lowest lower bound and the highest upper bound
 * (NaN means absent). A range query combines at most two bins per level, so the band of one pixel column costs
 * O(log n) whatever its width. It keeps only what the band needs — about 16 bytes per token against the 40 of a
 * {@link LodPyramid} with its sums and counts. Immutable and thread-safe.
 */
public final class BoundsPyramid {
    private final int size;
    private final float[][] low;
    private final float[][] high;

    private BoundsPyramid(int size, float[][] low, float[][] high) {
        this.size = size;
        this.low = low;
        this.high = high;
    }

    /** Builds the pyramid over {@code lower} and {@code upper} (parallel, not retained). */
    public static BoundsPyramid of(float[] lower, float[] upper) {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException(lower.length + " lower bounds for " + upper.length + " upper ones");
        }
        int n = lower.length;
        int levels = 1;
        while ((1 << (levels - 1)) < Math.max(1, n)) {
            levels++;
        }
        float[][] lo = new float[levels][];
        float[][] hi = new float[levels][];
        lo[0] = new float[n];
        hi[0] = new float[n];
        for (int i = 0; i < n; i++) {
            boolean has = !Float.isNaN(lower[i]) && !Float.isNaN(upper[i]);
            lo[0][i] = has ? lower[i] : Float.NaN;
            hi[0][i] = has ? upper[i] : Float.NaN;
        }
        for (int l = 1; l < levels; l++) {
            int len = (lo[l - 1].length + 1) / 2;
            lo[l] = new float[len];
            hi[l] = new float[len];
            for (int b = 0; b < len; b++) {
                int a = 2 * b;
                int c = a + 1;
                boolean two = c < lo[l - 1].length;
                lo[l][b] = two ? nanMin(lo[l - 1][a], lo[l - 1][c]) : lo[l - 1][a];
                hi[l][b] = two ? nanMax(hi[l - 1][a], hi[l - 1][c]) : hi[l - 1][a];
            }
        }
        return new BoundsPyramid(n, lo, hi);
    }

    /** Number of tokens covered. */
    public int size() {
        return size;
    }

    /** The lower bound at token {@code i}; NaN when it has none. */
    public float lower(int i) {
        return low[0][i];
    }

    /** The upper bound at token {@code i}; NaN when it has none. */
    public float upper(int i) {
        return high[0][i];
    }

    /**
     * The band of tokens {@code [from, to)} into {@code out}: {@code out[0]} the lowest lower bound, {@code out[1]}
     * the highest upper bound, both NaN when no token there has bounds. Returns whether one has.
     */
    public boolean band(int from, int to, float[] out) {
        int lo = Math.max(0, from);
        int hi = Math.min(size, to);
        float mn = Float.NaN;
        float mx = Float.NaN;
        int level = 0;
        while (lo < hi) {
            if ((lo & 1) == 1) {
                mn = nanMin(mn, low[level][lo]);
                mx = nanMax(mx, high[level][lo]);
                lo++;
            }
            if ((hi & 1) == 1) {
                hi--;
                mn = nanMin(mn, low[level][hi]);
                mx = nanMax(mx, high[level][hi]);
            }
            lo >>= 1;
            hi >>= 1;
            level++;
        }
        out[0] = mn;
        out[1] = mx;
        return !Float.isNaN(mn);
    }

    private static float nanMin(float a, float b) {
        return Float.isNaN(a) ? b : Float.isNaN(b) ? a : Math.min(a, b);
    }

    private static float nanMax(float a, float b) {
        return Float.isNaN(a) ? b : Float.isNaN(b) ? a : Math.max(a, b);
    }

    /** Approximate heap bytes held. */
    public long retainedBytes() {
        long b = 0;
        for (int l = 0; l < low.length; l++) {
            b += 4L * low[l].length + 4L * high[l].length + 32;
        }
        return b;
    }
}
