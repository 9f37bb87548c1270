package dev.exitscope.analysis.signals.entropy;

/**
 * The mean of the last {@code window} values added, NaN values counting as absent (they take a slot but add
 * nothing). Used by the entropy-threshold rule, its one-pass sweep and path deviation, which must agree to the
 * last bit: values leave the sum in the order they entered it. Not thread-safe; one per run.
 */
public final class WindowMean {
    private final double[] ring;
    private final boolean[] has;
    private int pos;
    private double sum;
    private int count;

    public WindowMean(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1: " + window);
        }
        ring = new double[window];
        has = new boolean[window];
    }

    /** Adds {@code v} (NaN for none), dropping the value added {@code window} calls ago. */
    public void add(double v) {
        if (has[pos]) {
            sum -= ring[pos];
            count--;
        }
        has[pos] = !Double.isNaN(v);
        ring[pos] = has[pos] ? v : 0;
        if (has[pos]) {
            sum += v;
            count++;
        }
        pos = (pos + 1) % ring.length;
    }

    /** How many of the values in the window are not NaN. */
    public int count() {
        return count;
    }

    /** The mean of the values in the window that are not NaN; NaN when there is none. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }
}
