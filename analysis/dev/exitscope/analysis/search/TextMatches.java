package dev.exitscope.analysis.search;

import dev.exitscope.analysis.text.SortedInts;
import java.util.Arrays;

/**
 * The occurrences of one query in a trace's text, in text order and not overlapping: for each, its character range
 * and the tokens it touches ({@code firstToken} inclusive to {@code endToken} exclusive). Immutable and
 * thread-safe.
 */
public final class TextMatches {
    private static final TextMatches NONE = new TextMatches("", new int[0], new int[0], new int[0], new int[0], false);

    private final String query;
    private final int[] charStart;
    private final int[] charEnd;
    private final int[] firstToken;
    private final int[] endToken;
    private final boolean truncated;

    TextMatches(String query, int[] charStart, int[] charEnd, int[] firstToken, int[] endToken, boolean truncated) {
        this.query = query;
        this.charStart = charStart;
        this.charEnd = charEnd;
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.truncated = truncated;
    }

    /** No matches (and no query). */
    public static TextMatches none() {
        return NONE;
    }

    public String query() {
        return query;
    }

    public int count() {
        return charStart.length;
    }

    /** Whether the search stopped at {@link TextSearch#MAX_MATCHES} before the end of the text. */
    public boolean truncated() {
        return truncated;
    }

    public int charStart(int k) {
        return charStart[k];
    }

    public int charEnd(int k) {
        return charEnd[k];
    }

    public int firstToken(int k) {
        return firstToken[k];
    }

    public int endToken(int k) {
        return endToken[k];
    }

    /** The first match whose last token is at or after {@code token}, or {@link #count()} when none is. */
    public int firstEndingAfter(int token) {
        return SortedInts.firstAbove(endToken, token);
    }

    /** The match containing {@code token}, or -1. */
    public int matchAt(int token) {
        int k = firstEndingAfter(token);
        return k < count() && firstToken[k] <= token ? k : -1;
    }

    /** Whether some match touches a token in {@code [from, to)}. */
    public boolean anyIn(int from, int to) {
        int k = firstEndingAfter(from);
        return k < count() && firstToken[k] < to;
    }

    @Override
    public String toString() {
        return "TextMatches[" + query + ", " + count() + (truncated ? "+" : "") + ", tokens "
                + Arrays.toString(Arrays.copyOf(firstToken, Math.min(5, count()))) + "…]";
    }
}
