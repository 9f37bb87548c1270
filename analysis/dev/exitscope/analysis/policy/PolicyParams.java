package dev.exitscope.analysis.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validated parameter values of one policy configuration, every documented parameter present (defaults filled
 * in) in the documented order. Values are the canonical text from {@link PolicyParam#validate}. Immutable;
 * thread-safe.
 */
public final class PolicyParams {
    private final Map<String, String> values;

    public PolicyParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every parameter with its value, in the documented order (the {@code params} of a replay row). */
    public Map<String, String> asMap() {
        return values;
    }

    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    public int integer(String name) {
        return Integer.parseInt(text(name));
    }

    public double number(String name) {
        return Double.parseDouble(text(name));
    }
}
