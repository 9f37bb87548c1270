package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON parser positioned inside one native trace, with typed reads that turn every type error into a
 * {@link TraceInputException} at the offending token. {@code lineOffset} shifts the parser's line numbers when one
 * JSONL line is parsed on its own. Not thread-safe; one per parsed record.
 */
final class JsonCursor {
    private final InputSource source;
    private final JsonParser parser;
    private final int lineOffset;
    private final ReadLimits limits;

    JsonCursor(InputSource source, JsonParser parser, int lineOffset, ReadLimits limits) {
        this.source = source;
        this.parser = parser;
        this.lineOffset = lineOffset;
        this.limits = limits;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** Where the current token starts. */
    JsonLocation here() {
        JsonLocation loc = parser.currentTokenLocation();
        return loc == null || loc.getLineNr() < 1 ? parser.currentLocation() : loc;
    }

    TraceInputException errorAt(JsonLocation loc, String problem) {
        return TraceInputException.at(source.displayName(), loc.getLineNr() + lineOffset, loc.getColumnNr(),
                problem);
    }

    TraceInputException error(String problem) {
        return errorAt(here(), problem);
    }

    /** "expected WHAT, found TOKEN" at the current token. */
    TraceInputException expected(String what) {
        return error("expected " + what + ", found " + JsonSupport.describe(parser));
    }

    /** Requires the current token to open an object. */
    void startObject(String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw expected(what + " (an object)");
        }
    }

    /** Requires the current token to open an array. */
    void startArray(String what) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw expected(what + " (an array)");
        }
    }

    /** Advances to the next field of the current object and then to its value; null at the object's end. */
    @Nullable String nextField() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw expected("a field name or '}'");
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /** Advances to the next array element; false at the array's end. */
    boolean nextElement() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            throw expected("an array element or ']'");
        }
        return t != JsonToken.END_ARRAY;
    }

    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    String string(String what) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw expected(what + " (a string)");
        }
        return parser.getText();
    }

    @Nullable String stringOrNull(String what) throws IOException {
        return isNull() ? null : string(what);
    }

    @Nullable Boolean booleanOrNull(String what) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw expected(what + " (true, false or null)");
    }

    /**
     * A float column entry: a number parsed straight to float (a magnitude too large becomes an infinity), or null
     * for NaN.
     */
    float floatOrNull(String what) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Float.NaN;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return parser.getFloatValue();
        }
        throw expected(what + " (a number or null)");
    }

    @Nullable Double doubleOrNull(String what) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDoubleValue();
        }
        throw expected(what + " (a number or null)");
    }

    /** An integer in {@code [min, Integer.MAX_VALUE]}. */
    int integer(String what, int min) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < min) {
            throw expected(what + " (an integer >= " + min + ")");
        }
        return parser.getIntValue();
    }

    @Nullable Integer integerOrNull(String what, int min) throws IOException {
        return isNull() ? null : integer(what, min);
    }

    @Nullable Long longOrNull(String what) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonParser.NumberType nt = t == JsonToken.VALUE_NUMBER_INT ? parser.getNumberType() : null;
        if (nt != JsonParser.NumberType.INT && nt != JsonParser.NumberType.LONG) {
            throw expected(what + " (an integer or null)");
        }
        return parser.getLongValue();
    }

    /** The string at {@code field[index]}; the name is only built for the error message. */
    String stringAt(String field, int index) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw expected(field + "[" + index + "] (a string)");
        }
        return parser.getText();
    }

    /**
     * Appends the string at {@code field[index]} to {@code out} straight from the parser's buffer, without making a
     * {@code String} of it.
     */
    void appendStringAt(String field, int index, TextColumn out) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw expected(field + "[" + index + "] (a string)");
        }
        out.add(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The float column entry at {@code field[index]}; see {@link #floatOrNull}. */
    float floatAt(String field, int index) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return parser.getFloatValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return Float.NaN;
        }
        throw expected(field + "[" + index + "] (a number or null)");
    }

    /** Fails when a column is about to grow past the token limit. */
    void checkRoom(int size, String field) {
        if (size >= limits.maxTokens()) {
            throw error("more than " + limits.maxTokens() + " values in " + field
                    + " (raise the limit with --max-tokens)");
        }
    }
}
