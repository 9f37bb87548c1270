package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.JsonSupport;
import java.io.IOException;

/**
 * Reads the {@code error} value an OpenAI-compatible server sends in place of a response or a chunk
 * ({@code {"message": …, "type": …}} or a bare string) into the text a message shows. Stateless.
 */
final class ServerError {
    private ServerError() {
    }

    /** The server's own message, with its type in parentheses when it names one; the parser ends on the value. */
    static String read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return "\"" + p.getText() + "\"";
        }
        if (t != JsonToken.START_OBJECT) {
            String found = JsonSupport.describe(p);
            p.skipChildren();
            return found;
        }
        String message = null;
        String type = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("message") && p.currentToken() == JsonToken.VALUE_STRING) {
                message = p.getText();
            } else if (name.equals("type") && p.currentToken() == JsonToken.VALUE_STRING) {
                type = p.getText();
            } else {
                p.skipChildren();
            }
        }
        String text = message != null ? "\"" + message + "\"" : "no message";
        return type != null ? text + " (" + type + ")" : text;
    }
}
