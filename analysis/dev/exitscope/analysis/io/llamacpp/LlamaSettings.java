package dev.exitscope.analysis.io.llamacpp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.trace.Decoding;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads the sampling settings a llama.cpp response reports in {@code generation_settings}. Stateless. */
final class LlamaSettings {
    private LlamaSettings() {
    }

    static Decoding read(InputSource src, JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Decoding.UNKNOWN;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "\"generation_settings\" (an object)");
        }
        Double temperature = null;
        Double topP = null;
        Long seed = null;
        Integer maxTokens = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "temperature":
                    temperature = number(src, p, name);
                    break;
                case "top_p":
                    topP = number(src, p, name);
                    break;
                case "seed":
                    seed = seed(p);
                    break;
                case "n_predict":
                    int n = JsonSupport.intOrNull(src, p, "\"n_predict\"", -1);
                    maxTokens = n > 0 ? n : null;
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Decoding(temperature, topP, seed, maxTokens);
    }

    private static @Nullable Long seed(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        p.skipChildren();
        return null;
    }

    private static @Nullable Double number(InputSource src, JsonParser p, String name) throws IOException {
        float f = JsonSupport.floatOrNull(src, p, "\"" + name + "\"");
        return Float.isNaN(f) ? null : Double.valueOf(p.getDoubleValue());
    }
}
