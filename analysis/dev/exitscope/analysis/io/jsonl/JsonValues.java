package dev.exitscope.analysis.io.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One JSON record as plain Java values ({@link Map}, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, null), read with the streaming parser so that only one record is in memory at a time, plus
 * lookups by dotted path and lenient conversions for mapped fields.
 */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * Reads the value at the parser's current token (which must be set). Nested containers are kept on a stack of
     * their own, not on the Java stack, so the depth is bounded only by the parser's nesting limit.
     */
    static @Nullable Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t);
        }
        Deque<Object> open = new ArrayDeque<>();
        Object root = container(t);
        open.push(root);
        while (!open.isEmpty()) {
            JsonToken k = p.nextToken();
            if (k == null) {
                return root;
            }
            if (k == JsonToken.END_OBJECT || k == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            String name = null;
            if (k == JsonToken.FIELD_NAME) {
                name = p.currentName();
                k = p.nextToken();
            }
            Object value = k == JsonToken.START_OBJECT || k == JsonToken.START_ARRAY ? container(k) : scalar(p, k);
            add(open.peek(), name, value);
            if (value != null && (k == JsonToken.START_OBJECT || k == JsonToken.START_ARRAY)) {
                open.push(value);
            }
        }
        return root;
    }

    private static Object container(JsonToken t) {
        return t == JsonToken.START_OBJECT ? new LinkedHashMap<String, @Nullable Object>()
                : new ArrayList<@Nullable Object>();
    }

    @SuppressWarnings("unchecked")
    private static void add(@Nullable Object into, @Nullable String name, @Nullable Object value) {
        if (into instanceof Map<?, ?> m) {
            ((Map<String, @Nullable Object>) m).put(name, value);
        } else if (into instanceof List<?> l) {
            ((List<@Nullable Object>) l).add(value);
        }
    }

    private static @Nullable Object scalar(JsonParser p, @Nullable JsonToken t) throws IOException {
        if (t == null) {
            return null;
        }
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The value at a dotted path ({@code meta.model}, {@code output.0}); a key containing dots is tried whole. */
    static @Nullable Object at(Map<String, @Nullable Object> record, String path) {
        if (record.containsKey(path)) {
            return record.get(path);
        }
        Object cur = record;
        for (String part : path.split("\\.", -1)) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(part);
            } else if (cur instanceof List<?> l && part.matches("\\d{1,9}")) {
                int i = Integer.parseInt(part);
                cur = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return cur;
    }

    /** A scalar as text: strings as they are, numbers in plain notation, booleans as words; else null. */
    static @Nullable String text(@Nullable Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return null;
    }

    /** A truth value from a boolean, a 0/1 number or the words true/false/yes/no/correct/incorrect; else null. */
    static @Nullable Boolean bool(@Nullable Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
        }
        if (v instanceof String s) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true": case "yes": case "correct": case "1":
                    return Boolean.TRUE;
                case "false": case "no": case "incorrect": case "0":
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }
        return null;
    }

    /** A non-null number as a double, also inside one-element lists ({@code [[0.5]]}), or NaN. */
    static double number(@Nullable Object v) {
        Object cur = v;
        while (cur instanceof List<?> l && l.size() == 1) {
            cur = l.get(0);
        }
        return cur instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
