package dev.exitscope.analysis.search;

import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Finds a literal query in a trace's text. Matching is by characters, so a match may start or end inside a token
 * and span several tokens; matches do not overlap (the search resumes after each one). Case-insensitive matching
 * folds each character with {@link Character#toLowerCase(char)} and {@link Character#toUpperCase(char)} as
 * {@link String#regionMatches(boolean, int, String, int, int)} does. At most {@link #MAX_MATCHES} are kept.
 * Linear in the text length; run it off the FX thread. Thread-safe.
 */
public final class TextSearch {
    /** Most matches reported for one query. */
    public static final int MAX_MATCHES = 100_000;

    private TextSearch() {
    }

    /** All matches of {@code query} in the trace text; none for an empty query. */
    public static TextMatches find(Trace trace, String query, boolean caseSensitive) {
        return find(trace, query, caseSensitive, () -> false);
    }

    /**
     * As {@link #find(Trace, String, boolean)}, giving up with no matches as soon as {@code cancelled} answers
     * true (checked every few thousand characters).
     */
    public static TextMatches find(Trace trace, String query, boolean caseSensitive, BooleanSupplier cancelled) {
        String text = trace.text();
        int q = query.length();
        if (q == 0 || q > text.length()) {
            return q == 0 ? TextMatches.none() : new TextMatches(query, new int[0], new int[0], new int[0], new int[0],
                    false);
        }
        int[] starts = new int[16];
        int n = 0;
        boolean truncated = false;
        if (cancelled.getAsBoolean()) {
            return TextMatches.none();
        }
        char first = query.charAt(0);
        char firstLower = Character.toLowerCase(first);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - q;
        int sinceCheck = 0;
        for (int i = 0; i <= last; i++) {
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                if (cancelled.getAsBoolean()) {
                    return TextMatches.none();
                }
            }
            char c = text.charAt(i);
            boolean head = caseSensitive ? c == first
                    : c == first || c == firstLower || c == firstUpper || Character.toLowerCase(c) == firstLower
                    || Character.toUpperCase(c) == firstUpper;
            if (head && text.regionMatches(!caseSensitive, i, query, 0, q)) {
                if (n == MAX_MATCHES) {
                    truncated = true;
                    break;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
                i += q - 1;
            }
        }
        int[] charStart = Arrays.copyOf(starts, n);
        int[] charEnd = new int[n];
        int[] firstToken = new int[n];
        int[] endToken = new int[n];
        for (int k = 0; k < n; k++) {
            charEnd[k] = charStart[k] + q;
            firstToken[k] = trace.tokenAtChar(charStart[k]);
            endToken[k] = trace.tokenAtChar(charEnd[k] - 1) + 1;
        }
        return new TextMatches(query, charStart, charEnd, firstToken, endToken, truncated);
    }
}
