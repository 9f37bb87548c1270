package dev.exitscope.analysis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON plumbing shared by the importers: a parser factory bounded by {@link ReadLimits}, and helpers that
 * turn every parse problem into a {@link TraceInputException} naming the file, line and column.
 */
public final class JsonSupport {
    /** How the parser's own messages start telling which of its features or settings would accept the input. */
    private static final List<String> PARSER_ADVICE = List.of(" (by calling `JsonFactory", " (`JsonReadFeature",
            ": enable `JsonReadFeature", " (not recognized as one since Feature");

    private JsonSupport() {
    }

    public static JsonFactory factory(ReadLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                        .maxNumberLength(400)
                        .maxDocumentLength(-1)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public static JsonParser parser(JsonFactory f, InputStream in) throws IOException {
        return f.createParser(in);
    }

    /** Work done with a parser positioned before the first token of an input. */
    @FunctionalInterface
    public interface ParserWork {
        void run(JsonParser p) throws IOException;
    }

    /**
     * Opens {@code source}, hands a bounded parser (fast double parsing on) to {@code work}, and turns Jackson's
     * syntax and limit errors into a {@link TraceInputException} at their line and column.
     */
    public static void read(InputSource source, ReadLimits limits, ParserWork work) throws IOException {
        try (InputStream in = source.open(); JsonParser p = parser(factory(limits), in)) {
            p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
            try {
                work.run(p);
            } catch (JsonProcessingException e) {
                throw wrap(source, e, 0, p);
            }
        } catch (JsonProcessingException e) {
            throw wrap(source, e, 0);
        }
    }

    /** An error at the parser's current token. */
    public static TraceInputException error(InputSource src, JsonParser p, String problem) {
        JsonLocation loc = p.currentTokenLocation();
        if (loc == null || loc.getLineNr() < 1) {
            loc = p.currentLocation();
        }
        return TraceInputException.at(src.displayName(), loc.getLineNr(), loc.getColumnNr(), problem);
    }

    /** An error at the current token saying what was expected and what was found. */
    public static TraceInputException expected(InputSource src, JsonParser p, String what) {
        return error(src, p, "expected " + what + ", found " + describe(p));
    }

    /** Converts a Jackson exception into the user-facing error, keeping its location. */
    public static TraceInputException wrap(InputSource src, JsonProcessingException e, int lineOffset) {
        return wrap(src, e, lineOffset, null);
    }

    /**
     * Converts a Jackson exception raised while {@code p} read into the user-facing error, at its location, or at
     * the start of the parser's current value when the exception has none (a value past a size limit):
     * {@code FILE:3:17: a string longer than 67,108,864 characters, the longest ExitScope reads}.
     */
    public static TraceInputException wrap(InputSource src, JsonProcessingException e, int lineOffset,
                                           @Nullable JsonParser p) {
        JsonLocation loc = e.getLocation();
        if (loc == null && p != null && e instanceof StreamConstraintsException limit) {
            loc = JsonLimitMessages.location(limit, p);
        }
        String msg = problem(e, p);
        if (loc == null || loc.getLineNr() < 1) {
            return TraceInputException.ofFile(src.displayName(), msg);
        }
        return TraceInputException.at(src.displayName(), loc.getLineNr() + lineOffset, loc.getColumnNr(), msg);
    }

    /**
     * What is wrong, in ExitScope's words and without a location: a size limit's own sentence, or the parser's
     * complaint without its class names and advice.
     *
     * @param p the parser that raised {@code e}, whose limits are told; null to take them from the exception
     */
    public static String problem(JsonProcessingException e, @Nullable JsonParser p) {
        if (e instanceof StreamConstraintsException limit) {
            return JsonLimitMessages.sentence(limit, p);
        }
        String msg = e.getOriginalMessage();
        return msg == null ? "malformed JSON" : cleanJacksonMessage(msg);
    }

    static String cleanJacksonMessage(String msg) {
        String m = msg;
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        int marker = m.indexOf(" (start marker at");
        if (marker > 0) {
            m = m.substring(0, marker);
        }
        for (String advice : PARSER_ADVICE) {
            int at = m.indexOf(advice);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m.replace("Unexpected end-of-input", "unexpected end of input")
                .replace("Unexpected character", "unexpected character")
                .replace("Unrecognized token", "unrecognised token")
                .replace("Non-standard token", "not a JSON value:")
                .replace(" in VALUE_STRING", " inside a string")
                .replace(" in FIELD_NAME", " inside a field name")
                .replace(" in VALUE_NUMBER_INT", " inside a number")
                .replace(" in VALUE_NUMBER_FLOAT", " inside a number")
                .replace("within/between Object entries", "inside an object")
                .replace("within/between Array entries", "inside an array")
                .replace("expected close marker for Object", "expected '}' to close the object")
                .replace("expected close marker for Array", "expected ']' to close the array");
    }

    /**
     * The fields an object had, for a message saying what the object was not: {@code an object with fields "id",
     * "object", "choices"} (the first four, then {@code …}), or {@code an empty object}.
     */
    public static String describeFields(List<String> names) {
        if (names.isEmpty()) {
            return "an empty object";
        }
        StringBuilder sb = new StringBuilder("an object with fields ");
        for (int i = 0; i < Math.min(4, names.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(abbreviate(names.get(i))).append('"');
        }
        return names.size() > 4 ? sb.append(", …").toString() : sb.toString();
    }

    /** A short description of the current token for messages. */
    public static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "end of input";
        }
        try {
            switch (t) {
                case START_OBJECT: return "an object";
                case START_ARRAY: return "an array";
                case END_OBJECT: return "'}'";
                case END_ARRAY: return "']'";
                case FIELD_NAME: return "field \"" + abbreviate(p.currentName()) + "\"";
                case VALUE_STRING: return "string \"" + abbreviate(p.getText()) + "\"";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: return "number " + abbreviate(p.getText());
                case VALUE_TRUE: return "true";
                case VALUE_FALSE: return "false";
                case VALUE_NULL: return "null";
                default: return t.toString();
            }
        } catch (IOException e) {
            return t.toString();
        }
    }

    /** {@code s} cut to 40 characters for a message ({@code …} marks the cut); null as the empty string. */
    public static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }

    /** Reads a number or null as float (NaN for null); anything else is an error. */
    public static float floatOrNull(InputSource src, JsonParser p, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Float.NaN;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            double d = p.getDoubleValue();
            return (float) d;
        }
        throw expected(src, p, what + " (a number or null)");
    }

    /** Reads a string or null. */
    public static String stringOrNull(InputSource src, JsonParser p, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        throw expected(src, p, what + " (a string)");
    }

    /** Reads an integer (a JSON integer that fits in an int) or null (returned as {@code nullValue}). */
    public static int intOrNull(InputSource src, JsonParser p, String what, int nullValue) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return nullValue;
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        throw expected(src, p, what + " (an integer)");
    }

    /** Skips the current value (object, array or scalar). */
    public static void skip(JsonParser p) throws IOException {
        p.skipChildren();
    }
}
