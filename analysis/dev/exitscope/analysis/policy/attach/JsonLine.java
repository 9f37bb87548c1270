package dev.exitscope.analysis.policy.attach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.JsonSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One JSON Lines record as plain values: {@link Map}, {@link List}, {@link String}, {@link Double},
 * {@link Boolean} or null. Stateless and thread-safe.
 */
final class JsonLine {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLine() {
    }

    /** The record's object; an {@link IllegalArgumentException} describes what is wrong with it. */
    static Map<String, @Nullable Object> object(String line) {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> m = (Map<String, @Nullable Object>) value(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("expected one JSON object per line");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + JsonSupport.problem(e, null) + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static @Nullable Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, @Nullable Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<@Nullable Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
