package dev.exitscope.analysis.io.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code {"reasoning": …, "answer": …}} object that ZeroEval prompts ask models to write inside a
 * {@code ```json} block. Strict JSON is tried first. Models often write LaTeX with single backslashes
 * ({@code \frac}, {@code \(}) and raw newlines inside the strings, which strict JSON rejects; the lenient scanner
 * then finds each field's string value, ends it at the first unescaped quote that is followed by a comma and a
 * key or by the closing brace, unescapes the valid escapes and keeps invalid ones literally. An escape that looks
 * like the start of a LaTeX command ({@code \frac}, {@code \times}, {@code \neq}) is kept literally too.
 */
final class LenientJsonFields {
    private static final Pattern FENCE = Pattern.compile("```(?:json|JSON)?[ \\t]*\\r?\\n?");
    private static final Set<String> N_COMMANDS = Set.of("neq", "ne", "nabla", "not", "newline", "ni", "nu",
            "nmid", "ngeq", "nleq", "neg", "nexists", "notin", "nparallel", "nsubseteq");

    private LenientJsonFields() {
    }

    /** The two fields and how they were read. */
    record Parsed(@Nullable String reasoning, @Nullable String answer, boolean lenient) {
    }

    /** Parses a model reply, or returns null when it holds no such object (an API error message, say). */
    static @Nullable Parsed parse(String output, JsonFactory factory) {
        String body = jsonBody(output);
        if (body == null) {
            return null;
        }
        try (JsonParser p = factory.createParser(body)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                Object v = JsonValues.read(p);
                if (p.nextToken() == null && v instanceof Map<?, ?> m) {
                    String reasoning = JsonValues.text(m.get("reasoning"));
                    String answer = JsonValues.text(m.get("answer"));
                    if (reasoning != null || answer != null) {
                        return new Parsed(reasoning, answer, false);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // not strict JSON; the lenient scanner below reads it
        } catch (IOException e) {
            return null;
        }
        String reasoning = field(body, "reasoning");
        String answer = field(body, "answer");
        return reasoning == null && answer == null ? null : new Parsed(reasoning, answer, true);
    }

    /** The text of the first fenced block, or the whole reply when it is a bare object; else null. */
    static @Nullable String jsonBody(String output) {
        Matcher m = FENCE.matcher(output);
        if (m.find()) {
            int end = output.indexOf("```", m.end());
            return output.substring(m.end(), end < 0 ? output.length() : end).strip();
        }
        String t = output.strip();
        return t.startsWith("{") ? t : null;
    }

    /** The lenient value of string field {@code key}, or null when the key or its string is missing. */
    static @Nullable String field(String body, String key) {
        Matcher k = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"").matcher(body);
        if (!k.find()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int i = k.end();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '"' && endsValue(body, i + 1)) {
                return sb.toString();
            }
            if (c == '\\' && i + 1 < body.length()) {
                i = escape(body, i, sb);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean endsValue(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == s.length() || s.charAt(i) == '}') {
            return true;
        }
        if (s.charAt(i) != ',') {
            return false;
        }
        i++;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i == s.length() || s.charAt(i) == '"' || s.charAt(i) == '}';
    }

    /** Appends the escape at {@code i} (a backslash) and returns the index after it. */
    private static int escape(String s, int i, StringBuilder sb) {
        char e = s.charAt(i + 1);
        String word = letters(s, i + 1);
        switch (e) {
            case '"': case '\\': case '/':
                sb.append(e);
                return i + 2;
            case 'u':
                if (i + 6 <= s.length() && s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    return i + 6;
                }
                break;
            case 'n':
                if (!N_COMMANDS.contains(word)) {
                    sb.append('\n');
                    return i + 2;
                }
                break;
            case 'b': case 'f': case 'r': case 't':
                if (word.length() == 1) {
                    sb.append(e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'r' ? '\r' : '\t');
                    return i + 2;
                }
                break;
            default:
                break;
        }
        sb.append('\\').append(e);
        return i + 2;
    }

    private static String letters(String s, int from) {
        int j = from;
        while (j < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        return s.substring(from, j);
    }
}
