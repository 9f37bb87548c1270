package dev.exitscope.analysis.timeline;

/**
 * A level-of-detail pyramid over one per-token series: level {@code l} summarises bins of {@code 2^l} tokens by
 * minimum, maximum, sum and count of the values present (NaN means absent). A range query combines at most two
 * bins per level, so summarising any token range — one pixel column of a zoomed-out timeline — costs O(log n)
 * whatever its width, and drawing a frame costs O(pixels · log n) rather than O(tokens). Built once (O(n) time,
 * about 2 × 16 bytes per token); immutable and thread-safe, so a worker builds it and the FX thread reads it.
 */
public final class LodPyramid {
    private final int size;
    private final float[][] min;
    private final float[][] max;
    private final double[][] sum;
    private final int[][] count;

    private LodPyramid(int size, float[][] min, float[][] max, double[][] sum, int[][] count) {
        this.size = size;
        this.min = min;
        this.max = max;
        this.sum = sum;
        this.count = count;
    }

    /** Builds the pyramid over {@code values} (not retained). */
    public static LodPyramid of(float[] values) {
        int n = values.length;
        int levels = 1;
        while ((1 << (levels - 1)) < Math.max(1, n)) {
            levels++;
        }
        float[][] mn = new float[levels][];
        float[][] mx = new float[levels][];
        double[][] sm = new double[levels][];
        int[][] ct = new int[levels][];
        mn[0] = new float[n];
        mx[0] = new float[n];
        sm[0] = new double[n];
        ct[0] = new int[n];
        for (int i = 0; i < n; i++) {
            float v = values[i];
            boolean has = !Float.isNaN(v);
            mn[0][i] = has ? v : Float.POSITIVE_INFINITY;
            mx[0][i] = has ? v : Float.NEGATIVE_INFINITY;
            sm[0][i] = has ? v : 0;
            ct[0][i] = has ? 1 : 0;
        }
        for (int l = 1; l < levels; l++) {
            int len = (mn[l - 1].length + 1) / 2;
            mn[l] = new float[len];
            mx[l] = new float[len];
            sm[l] = new double[len];
            ct[l] = new int[len];
            for (int b = 0; b < len; b++) {
                int a = 2 * b;
                int c = a + 1;
                boolean two = c < mn[l - 1].length;
                mn[l][b] = two ? Math.min(mn[l - 1][a], mn[l - 1][c]) : mn[l - 1][a];
                mx[l][b] = two ? Math.max(mx[l - 1][a], mx[l - 1][c]) : mx[l - 1][a];
                sm[l][b] = two ? sm[l - 1][a] + sm[l - 1][c] : sm[l - 1][a];
                ct[l][b] = two ? ct[l - 1][a] + ct[l - 1][c] : ct[l - 1][a];
            }
        }
        return new LodPyramid(n, mn, mx, sm, ct);
    }

    /** Number of tokens covered. */
    public int size() {
        return size;
    }

    /**
     * Summarises tokens {@code [from, to)} into {@code out}: {@code out[0]} minimum, {@code out[1]} maximum,
     * {@code out[2]} mean — all NaN when no token in the range has a value. Returns the number of values present.
     */
    public int summarize(int from, int to, float[] out) {
        int lo = Math.max(0, from);
        int hi = Math.min(size, to);
        float mn = Float.POSITIVE_INFINITY;
        float mx = Float.NEGATIVE_INFINITY;
        double sm = 0;
        int ct = 0;
        int level = 0;
        while (lo < hi) {
            if ((lo & 1) == 1) {
                mn = Math.min(mn, min[level][lo]);
                mx = Math.max(mx, max[level][lo]);
                sm += sum[level][lo];
                ct += count[level][lo];
                lo++;
            }
            if ((hi & 1) == 1) {
                hi--;
                mn = Math.min(mn, min[level][hi]);
                mx = Math.max(mx, max[level][hi]);
                sm += sum[level][hi];
                ct += count[level][hi];
            }
            lo >>= 1;
            hi >>= 1;
            level++;
        }
        if (ct == 0) {
            out[0] = Float.NaN;
            out[1] = Float.NaN;
            out[2] = Float.NaN;
        } else {
            out[0] = mn;
            out[1] = mx;
            out[2] = (float) (sm / ct);
        }
        return ct;
    }

    /** Approximate heap bytes held. */
    public long retainedBytes() {
        long b = 0;
        for (int l = 0; l < min.length; l++) {
            b += 4L * min[l].length + 4L * max[l].length + 8L * sum[l].length + 4L * count[l].length + 64;
        }
        return b;
    }
}
