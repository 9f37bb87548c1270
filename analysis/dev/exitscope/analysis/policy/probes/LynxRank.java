package dev.exitscope.analysis.policy.probes;

import java.util.Locale;

/**
 * What the class-conditional conformal quantile does when its rank ⌈(n + 1)(1 − δ)⌉ exceeds the class size n.
 * {@link #STRICT}: the quantile is infinite in theory and stored as 1.0, the largest score possible, so the class
 * is always in the prediction set and the coverage guarantee holds. {@link #AUTHORS}: the rank is clamped to n, so
 * the quantile is the largest calibration score, as LYNX's {@code conformal_quantile} does (farukakgul/LYNX
 * {@code lynx/utils.py}); the thresholds are tighter and the guarantee no longer holds for that class. An empty
 * class gets 1.0 either way (LYNX stores +∞, which gives the same prediction sets since scores lie in [0, 1]).
 */
public enum LynxRank {
    STRICT, AUTHORS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rank mode named {@code name} ({@code strict} or {@code authors}). */
    public static LynxRank of(String name) {
        for (LynxRank r : values()) {
            if (r.wireName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rank '" + name + "'; valid: strict, authors");
    }
}
