package dev.exitscope.analysis.io.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** Reads the value at the parser's current token (which must be set). */
    static @Nullable Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, @Nullable Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, read(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<@Nullable Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(read(p));
                }
                return l;
            }
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

    /** A non-null number as a double, or NaN. */
    static double number(@Nullable Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof List<?> l && l.size() == 1) {
            return number(l.get(0));
        }
        return Double.NaN;
    }
}
