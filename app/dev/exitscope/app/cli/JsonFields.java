package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Writes nullable fields as JSON {@code null} rather than leaving them out. */
final class JsonFields {
    private JsonFields() {
    }

    static void string(JsonGenerator g, String name, @Nullable String v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v);
        }
    }

    static void number(JsonGenerator g, String name, @Nullable Double v) throws IOException {
        g.writeFieldName(name);
        if (v == null || v.isNaN() || v.isInfinite()) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    static void integer(JsonGenerator g, String name, @Nullable Integer v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    static void bool(JsonGenerator g, String name, @Nullable Boolean v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeBoolean(v);
        }
    }
}
