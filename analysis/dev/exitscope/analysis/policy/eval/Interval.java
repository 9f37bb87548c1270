package dev.exitscope.analysis.policy.eval;

/** A closed interval [lo, hi], used for confidence intervals. Immutable. */
public record Interval(double lo, double hi) {
    public Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("lo must be <= hi: " + lo + ", " + hi);
        }
    }

    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }
}
