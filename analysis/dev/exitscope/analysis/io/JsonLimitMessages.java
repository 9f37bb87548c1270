package dev.exitscope.analysis.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ExitScope's own sentence for a JSON value past one of the parser's size limits (a string, a number or a field
 * name too long, objects and lists nested too deeply), from the parser's {@link StreamConstraintsException}: which
 * limit it was, the limit in force and, where the parser knows it, the size found. Stateless and thread-safe.
 */
final class JsonLimitMessages {
    private static final Pattern SIZES = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /** The limits the parser enforces. */
    enum Limit {
        STRING, NUMBER, NAME, DEPTH
    }

    private JsonLimitMessages() {
    }

    /** The limit {@code e} reports, or null for one ExitScope does not set (it is then told in general words). */
    static @Nullable Limit limitOf(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("getMaxStringLength") || m.startsWith("String value length")) {
            return Limit.STRING;
        }
        if (m.contains("getMaxNumberLength") || m.startsWith("Number value length")) {
            return Limit.NUMBER;
        }
        if (m.contains("getMaxNameLength") || m.startsWith("Name length")) {
            return Limit.NAME;
        }
        if (m.contains("getMaxNestingDepth") || m.startsWith("Document nesting depth")) {
            return Limit.DEPTH;
        }
        return null;
    }

    /**
     * The sentence for {@code e}, e.g. {@code a string longer than 67,108,864 characters, the longest ExitScope
     * reads}; the limit is the parser's own when {@code p} is given, else the one the exception names.
     */
    static String sentence(StreamConstraintsException e, @Nullable JsonParser p) {
        Limit limit = limitOf(e);
        Matcher m = SIZES.matcher(String.valueOf(e.getOriginalMessage()));
        long found = -1;
        long max = -1;
        if (m.find()) {
            found = Long.parseLong(m.group(1));
            max = Long.parseLong(m.group(2));
        }
        if (limit == null) {
            return "the JSON is larger than ExitScope reads";
        }
        if (p != null) {
            max = limitValue(p.streamReadConstraints(), limit);
        }
        String n = String.format(Locale.ROOT, "%,d", max);
        String size = found > max ? String.format(Locale.ROOT, " (%,d)", found) : "";
        switch (limit) {
            case STRING:
                return "a string longer than " + n + " characters, the longest ExitScope reads";
            case NUMBER:
                return "a number longer than " + n + " characters" + size + ", the longest ExitScope reads";
            case NAME:
                return "a field name longer than " + n + " characters" + size + ", the longest ExitScope reads";
            default:
                return "objects and lists nested deeper than " + n + " levels, the deepest ExitScope reads"
                        + " (--max-depth sets it)";
        }
    }

    /**
     * Where the value past the limit starts: the current token for a string and for the container opened too deep
     * (the parser has placed its token there), and, for a number or field name (read before their token is
     * placed), as many columns before the parser's position as the value is long.
     */
    static JsonLocation location(StreamConstraintsException e, JsonParser p) {
        Limit limit = limitOf(e);
        JsonLocation here = p.currentLocation();
        if (limit == Limit.STRING || limit == Limit.DEPTH) {
            JsonLocation token = p.currentTokenLocation();
            return token == null || token.getLineNr() < 1 ? here : token;
        }
        Matcher m = SIZES.matcher(String.valueOf(e.getOriginalMessage()));
        if (limit == null || !m.find() || here.getLineNr() < 1) {
            return here;
        }
        long back = Long.parseLong(m.group(1)) + (limit == Limit.NAME ? 2 : 0);
        int column = (int) Math.max(1, here.getColumnNr() - back);
        return new JsonLocation(here.contentReference(), here.getByteOffset(), here.getCharOffset(),
                here.getLineNr(), column);
    }

    private static long limitValue(StreamReadConstraints c, Limit limit) {
        switch (limit) {
            case STRING:
                return c.getMaxStringLength();
            case NUMBER:
                return c.getMaxNumberLength();
            case NAME:
                return c.getMaxNameLength();
            default:
                return c.getMaxNestingDepth();
        }
    }
}
