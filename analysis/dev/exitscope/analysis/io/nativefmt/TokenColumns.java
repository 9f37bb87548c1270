package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code tokens} object of a native trace as read: every column is buffered because the file may list the
 * fields in any order. {@link #check} validates lengths against the token count; {@link #apply} then feeds the
 * builder token by token. Not thread-safe.
 */
final class TokenColumns {
    final TextColumn text = new TextColumn();
    @Nullable FloatColumn logprob;
    @Nullable JsonLocation logprobAt;
    @Nullable FloatColumn entropy;
    @Nullable JsonLocation entropyAt;
    @Nullable IntColumn ids;
    @Nullable JsonLocation idsAt;
    int topK = -1;
    @Nullable IntColumn altRowLengths;
    final List<String> altText = new ArrayList<>();
    @Nullable JsonLocation altTextAt;
    @Nullable IntColumn altLogprobRowLengths;
    final FloatColumn altLogprob = new FloatColumn();
    @Nullable JsonLocation altLogprobAt;

    int tokenCount() {
        return text.size();
    }

    /** Verifies that every column has one entry per token and that the top-k rows line up. */
    void check(JsonCursor c) {
        int n = text.size();
        checkLength(c, logprob == null ? -1 : logprob.size(), logprobAt, "tokens.logprob", n);
        checkLength(c, entropy == null ? -1 : entropy.size(), entropyAt, "tokens.entropy", n);
        checkLength(c, ids == null ? -1 : ids.size(), idsAt, "tokens.id", n);
        if (altRowLengths == null) {
            return;
        }
        IntColumn lpRows = altLogprobRowLengths;
        checkLength(c, altRowLengths.size(), altTextAt, "tokens.topK.text", n);
        checkLength(c, lpRows.size(), altLogprobAt, "tokens.topK.logprob", n);
        for (int i = 0; i < n; i++) {
            if (altRowLengths.get(i) != lpRows.get(i)) {
                throw c.errorAt(altLogprobAt, "expected " + altRowLengths.get(i) + " values in tokens.topK.logprob["
                        + i + "] (as many as tokens.topK.text[" + i + "]), found " + lpRows.get(i));
            }
        }
    }

    /** Whether {@link #check} would pass. */
    boolean consistent() {
        int n = text.size();
        if (logprob != null && logprob.size() != n || entropy != null && entropy.size() != n
                || ids != null && ids.size() != n) {
            return false;
        }
        if (altRowLengths == null) {
            return true;
        }
        IntColumn lpRows = altLogprobRowLengths;
        if (altRowLengths.size() != n || lpRows.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (altRowLengths.get(i) != lpRows.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void checkLength(JsonCursor c, int size, @Nullable JsonLocation at, String field, int n) {
        if (size >= 0 && size != n) {
            throw c.errorAt(at, "expected " + n + " " + (field.startsWith("tokens.topK") ? "rows" : "values")
                    + " in " + field + " (one per token), found " + size);
        }
    }

    /** Appends the tokens and their columns to {@code b}. Call {@link #check} first. */
    void apply(TraceBuilder b) {
        if (altRowLengths != null && topK >= 0) {
            b.declareTopK(topK);
        }
        int n = text.size();
        String chars = text.text();
        if (entropy == null && ids == null && altRowLengths == null) {
            b.addTokens(chars, text.ends(), n, logprob == null ? null : logprob.values());
            return;
        }
        int alt = 0;
        b.reserve(n, text.charCount());
        for (int i = 0; i < n; i++) {
            b.addToken(chars, text.start(i), text.end(i), logprob == null ? Float.NaN : logprob.get(i));
            if (entropy != null) {
                b.setEntropy(entropy.get(i));
            }
            if (ids != null) {
                b.setTokenId(ids.get(i));
            }
            if (altRowLengths != null) {
                for (int j = altRowLengths.get(i); j > 0; j--, alt++) {
                    b.addAlternative(altText.get(alt), altLogprob.get(alt));
                }
            }
        }
    }
}
