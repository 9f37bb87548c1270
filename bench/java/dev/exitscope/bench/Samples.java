package dev.exitscope.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations in nanoseconds collected by the hand-timed benchmarks (the ones that need a real pulse and so cannot
 * run inside JMH), summarised as order statistics: on a shared 2-core machine the median and the 95th percentile
 * say more than a mean. Not thread-safe.
 */
public final class Samples {
    private long[] values = new long[64];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int size() {
        return size;
    }

    /** The q-quantile (0..1) in milliseconds, nearest rank; NaN when empty. */
    public double quantileMs(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    public double medianMs() {
        return quantileMs(0.5);
    }

    public double maxMs() {
        return quantileMs(1);
    }

    /** "median m ms, p95 p ms, max x ms (n)". */
    public String summary() {
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)", medianMs(),
                quantileMs(0.95), maxMs(), size);
    }
}
