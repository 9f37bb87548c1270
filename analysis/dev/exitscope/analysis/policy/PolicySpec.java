package dev.exitscope.analysis.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A policy configuration as written on the command line: {@code name} or {@code name:key=value,key=value}. A
 * comma separates parameters only when a {@code key=} follows it, so values may themselves hold commas
 * ({@code rpdi:boundaries=.\n;?!,}). Keys are checked against the policy by {@link PolicyRegistry#create}; this
 * class only checks the syntax. Immutable; thread-safe.
 *
 * @param values the values as written, in the order given
 */
public record PolicySpec(String name, Map<String, String> values) {

    public PolicySpec {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Parses a SPEC.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static PolicySpec parse(String spec) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).strip();
        if (name.isEmpty() || !isKey(name, 0, name.length())) {
            throw new IllegalArgumentException("bad policy spec '" + spec + "': expected NAME or NAME:key=value,…");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = s.substring(colon + 1);
            if (rest.isBlank()) {
                throw new IllegalArgumentException("bad policy spec '" + spec + "': nothing after ':'");
            }
            int start = 0;
            while (start <= rest.length()) {
                int end = nextSeparator(rest, start);
                String part = rest.substring(start, end);
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("bad policy spec '" + spec + "': '" + part
                            + "' is not key=value");
                }
                String key = part.substring(0, eq).strip();
                if (values.put(key, part.substring(eq + 1)) != null) {
                    throw new IllegalArgumentException("bad policy spec '" + spec + "': '" + key + "' given twice");
                }
                start = end + 1;
            }
        }
        return new PolicySpec(name, values);
    }

    /** The next comma at or after {@code from} that is followed by {@code key=}, or the end of the text. */
    private static int nextSeparator(String s, int from) {
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) {
            int eq = s.indexOf('=', i + 1);
            if (eq > i + 1 && isKey(s, i + 1, eq)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isKey(String s, int from, int to) {
        String k = s.substring(from, to).strip();
        if (k.isEmpty() || !Character.isLetter(k.charAt(0))) {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (values.isEmpty()) {
            return name;
        }
        StringBuilder b = new StringBuilder(name).append(':');
        values.forEach((k, v) -> b.append(k).append('=').append(v).append(','));
        b.setLength(b.length() - 1);
        return b.toString();
    }
}
