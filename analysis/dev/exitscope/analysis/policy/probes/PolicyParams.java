package dev.exitscope.analysis.policy.probes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a policy's parameters from {@code name=value} strings: every known parameter gets its value or its
 * default, in the documented order, and an unknown name or an unreadable value is an
 * {@link IllegalArgumentException} naming the policy and the parameter. Not thread-safe; used while building one
 * policy.
 */
final class PolicyParams {
    private final String policy;
    private final Map<String, String> given;
    private final Map<String, String> resolved = new LinkedHashMap<>();

    PolicyParams(String policy, Map<String, String> given) {
        this.policy = policy;
        this.given = new LinkedHashMap<>(given);
    }

    String string(String name, String def) {
        String v = given.remove(name);
        String value = v == null ? def : v.trim();
        resolved.put(name, value);
        return value;
    }

    String choice(String name, String def, String... allowed) {
        String v = string(name, def).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                resolved.put(name, v);
                return v;
            }
        }
        throw bad(name, v, "one of " + String.join(", ", allowed));
    }

    double number(String name, double def, double min, double max) {
        String v = string(name, format(def));
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(name, v, "a number");
        }
        if (!(d >= min && d <= max)) {
            throw bad(name, v, "a number in [" + format(min) + ", " + format(max) + "]");
        }
        resolved.put(name, format(d));
        return d;
    }

    int integer(String name, int def, int min) {
        String v = string(name, Integer.toString(def));
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(name, v, "an integer");
        }
        if (i < min) {
            throw bad(name, v, "an integer >= " + min);
        }
        return i;
    }

    /** An optional parameter without a default: absent from {@link #done()} when not given. */
    String optional(String name) {
        String v = given.remove(name);
        if (v != null) {
            resolved.put(name, v.trim());
            return v.trim();
        }
        return "";
    }

    /** The resolved parameters; fails on a name no reader asked for. */
    Map<String, String> done() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(policy + ": unknown parameter '" + given.keySet().iterator().next()
                    + "' (known: " + String.join(", ", resolved.keySet()) + ")");
        }
        return java.util.Collections.unmodifiableMap(resolved);
    }

    private IllegalArgumentException bad(String name, String value, String expected) {
        return new IllegalArgumentException(policy + ": " + name + " must be " + expected + ", got '" + value + "'");
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
