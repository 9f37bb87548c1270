package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.TraceSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pass over an input of whole OpenAI-style responses — one object, a JSON array of them, or several in a row —
 * turning each choice into a trace. Subclasses read the fields that differ between chat and text completions.
 * Not thread-safe; one per read.
 */
abstract class ResponseReader {
    protected final InputSource src;
    protected final JsonParser p;
    protected final int maxTokens;
    private final TraceSink sink;
    private final String kind;
    private int records;
    private int traces;

    /** @param kind the response's {@code object} value, for messages */
    ResponseReader(InputSource src, JsonParser p, int maxTokens, TraceSink sink, String kind) {
        this.src = src;
        this.p = p;
        this.maxTokens = maxTokens;
        this.sink = sink;
        this.kind = kind;
    }

    /** Reads a field of a choice other than {@code index} and {@code finish_reason}; false leaves it unread. */
    protected abstract boolean readChoiceField(String name, ChoiceState c) throws IOException;

    /** Checks the response's {@code object} value. */
    protected void checkObject(@Nullable String value) {
    }

    final void readAll() throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    readResponse();
                }
            } else {
                readResponse();
            }
        }
        if (records == 0) {
            throw JsonSupport.expected(src, p, "a " + kind + " object");
        }
        if (traces == 0) {
            throw JsonSupport.error(src, p, "expected at least one choice, found none");
        }
    }

    private void readResponse() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "a " + kind + " object");
        }
        int record = records++;
        String id = null;
        String model = null;
        List<ChoiceState> choices = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "id":
                    id = JsonSupport.stringOrNull(src, p, "\"id\"");
                    break;
                case "model":
                    model = JsonSupport.stringOrNull(src, p, "\"model\"");
                    break;
                case "object":
                    checkObject(JsonSupport.stringOrNull(src, p, "\"object\""));
                    break;
                case "choices":
                    choices = readChoices();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (choices == null) {
            throw JsonSupport.error(src, p, "expected field \"choices\" in the " + kind);
        }
        String responseId = id != null ? id : src.stem() + ":" + record;
        for (ChoiceState c : choices) {
            sink.accept(c.build(responseId, choices.size() > 1, model, p));
            traces++;
        }
    }

    private List<ChoiceState> readChoices() throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "\"choices\" (a list)");
        }
        List<ChoiceState> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "a choice (an object)");
            }
            ChoiceState c = new ChoiceState(out.size(), src, maxTokens);
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                if (name.equals("index")) {
                    c.index = OpenAiFields.choiceIndex(src, p);
                } else if (name.equals("finish_reason")) {
                    c.finishReason = JsonSupport.stringOrNull(src, p, "\"finish_reason\"");
                } else if (!readChoiceField(name, c)) {
                    p.skipChildren();
                }
            }
            out.add(c);
        }
        return out;
    }
}
