package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.LogprobColumns;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Field readers shared by the OpenAI chat and streaming importers. Stateless. */
final class OpenAiFields {
    private OpenAiFields() {
    }

    /** Reads a choice {@code index}: a non-negative integer. */
    static int choiceIndex(InputSource src, JsonParser p) throws IOException {
        int i = JsonSupport.intOrNull(src, p, "\"index\"", 0);
        if (i < 0) {
            throw JsonSupport.expected(src, p, "\"index\" (an integer >= 0)");
        }
        return i;
    }

    /** Reads a choice's {@code logprobs} object ({@code {"content": [entries…]}} or null) into {@code into}. */
    static void readLogprobs(InputSource src, JsonParser p, LogprobColumns into) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "\"logprobs\" (an object or null)");
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("content")) {
                into.readEntries(p);
            } else {
                p.skipChildren();
            }
        }
    }

    /**
     * Reads a {@code message} or {@code delta} object (or null) into the choice: {@code content}, and the reasoning
     * under either of its names. Servers in transition send both names with the same text, so the first non-null
     * one counts.
     */
    static void readMessage(InputSource src, JsonParser p, ChoiceState c, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "\"" + what + "\" (an object)");
        }
        String reasoning = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "content":
                    append(c.content, JsonSupport.stringOrNull(src, p, "\"content\""));
                    break;
                case "reasoning":
                case "reasoning_content":
                    String r = JsonSupport.stringOrNull(src, p, "\"" + name + "\"");
                    if (reasoning == null) {
                        reasoning = r;
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        append(c.reasoning, reasoning);
    }

    private static void append(StringBuilder sb, @Nullable String s) {
        if (s != null) {
            sb.append(s);
        }
    }
}
