package dev.exitscope.analysis.text;

/** Binary searches over ascending int arrays (token indices, step ends, match ends) for a value or a position. */
public final class SortedInts {
    private SortedInts() {
    }

    /** Index of the first element greater than {@code v}, or the length when none is. */
    public static int firstAbove(int[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element at least {@code v}, or the length when none is. */
    public static int firstAtLeast(int[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
