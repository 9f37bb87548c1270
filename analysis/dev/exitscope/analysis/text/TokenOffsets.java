package dev.exitscope.analysis.text;

/** Char-offset to token-index arithmetic over a token start array. */
public final class TokenOffsets {
    private TokenOffsets() {
    }

    /**
     * The token {@code i} with {@code starts[i] <= c < starts[i+1]}: the one containing char {@code c}. Empty
     * tokens contain no char, so the search finds the last token starting at or before {@code c}.
     */
    public static int tokenAt(int[] starts, int c) {
        int n = starts.length - 1;
        if (n <= 0) {
            return 0;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
