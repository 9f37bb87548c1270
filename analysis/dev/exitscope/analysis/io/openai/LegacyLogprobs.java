package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.LogprobColumns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a legacy completion's {@code logprobs} object, whose parallel lists ({@code tokens},
 * {@code token_logprobs}, {@code top_logprobs}, {@code text_offset}) may come in any order, and hands the
 * positions to a {@link LogprobColumns} once all lists are known to agree in length. Not thread-safe.
 */
final class LegacyLogprobs {
    private final InputSource src;
    private final JsonParser p;
    private final List<String> tokens = new ArrayList<>();
    private float[] logprobs = new float[64];
    private int logprobCount = -1;
    private int[] rowEnd = new int[64];
    private int rowCount = -1;
    private final List<String> altTexts = new ArrayList<>();
    private float[] altLogprobs = new float[256];
    private int offsetCount = -1;
    private boolean hasTokens;

    LegacyLogprobs(InputSource src, JsonParser p) {
        this.src = src;
        this.p = p;
    }

    void readInto(LogprobColumns out) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "\"logprobs\" (an object or null)");
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "tokens":
                    readTokens();
                    break;
                case "token_logprobs":
                    readLogprobs(out);
                    break;
                case "top_logprobs":
                    readRows(out);
                    break;
                case "text_offset":
                    readOffsets();
                    break;
                default:
                    p.skipChildren();
            }
        }
        int n = tokens.size();
        if (!hasTokens && (logprobCount > 0 || rowCount > 0)) {
            throw JsonSupport.error(src, p, "expected field \"tokens\" in \"logprobs\"");
        }
        checkLength("token_logprobs", logprobCount, n);
        checkLength("top_logprobs", rowCount, n);
        checkLength("text_offset", offsetCount, n);
        int alt = 0;
        for (int i = 0; i < n; i++) {
            out.add(p, tokens.get(i), logprobCount < 0 ? Float.NaN : logprobs[i]);
            int end = rowCount < 0 ? 0 : rowEnd[i];
            for (; alt < end; alt++) {
                out.addAlternative(altTexts.get(alt), altLogprobs[alt]);
            }
        }
    }

    private void checkLength(String field, int count, int n) {
        if (count >= 0 && count != n) {
            throw JsonSupport.error(src, p, "expected \"" + field + "\" to have as many entries as \"tokens\" ("
                    + n + "), found " + count);
        }
    }

    private void startList(String field) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "\"" + field + "\" (a list)");
        }
    }

    private void readTokens() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        startList("tokens");
        hasTokens = true;
        tokens.clear();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonSupport.expected(src, p, "a token (a string)");
            }
            tokens.add(p.getText());
        }
    }

    private void readLogprobs(LogprobColumns out) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        startList("token_logprobs");
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == logprobs.length) {
                logprobs = Arrays.copyOf(logprobs, n * 2);
            }
            logprobs[n++] = out.logprob(p);
        }
        logprobCount = n;
    }

    private void readRows(LogprobColumns out) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        startList("top_logprobs");
        altTexts.clear();
        int rows = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                String name;
                while ((name = p.nextFieldName()) != null) {
                    p.nextToken();
                    int a = altTexts.size();
                    if (a == altLogprobs.length) {
                        altLogprobs = Arrays.copyOf(altLogprobs, a * 2);
                    }
                    altLogprobs[a] = out.logprob(p);
                    altTexts.add(name);
                }
            } else if (t != JsonToken.VALUE_NULL) {
                throw JsonSupport.expected(src, p, "a map of token to logprob, or null");
            }
            if (rows == rowEnd.length) {
                rowEnd = Arrays.copyOf(rowEnd, rows * 2);
            }
            rowEnd[rows++] = altTexts.size();
        }
        rowCount = rows;
    }

    private void readOffsets() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        startList("text_offset");
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonSupport.intOrNull(src, p, "a text offset", 0);
            n++;
        }
        offsetCount = n;
    }
}
