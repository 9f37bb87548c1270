package dev.exitscope.analysis.signals;

/**
 * The part of a trace an incremental signal may look at: tokens {@code [0, tokenCount())}. Implementations grow as
 * tokens arrive (a replay cursor over a recorded trace, or a live generation); nothing beyond
 * {@link #tokenCount()} is visible, which is what makes incremental signals free of look-ahead.
 */
public interface TraceSoFar {
    int tokenCount();

    /** The text of the tokens seen so far. */
    CharSequence text();

    /**
     * The first index at or after {@code from} where {@code s} occurs entirely within the text seen so far; -1 when
     * it does not. The default compares chars; implementations over one string search it directly.
     */
    default int indexOf(String s, int from) {
        CharSequence text = text();
        int last = text.length() - s.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            int j = 0;
            while (j < s.length() && text.charAt(i + j) == s.charAt(j)) {
                j++;
            }
            if (j == s.length()) {
                return i;
            }
        }
        return -1;
    }

    /** Char offset where token {@code i} starts; {@code tokenStart(tokenCount())} is the text length. */
    int tokenStart(int i);

    /** Log-probability of token {@code i}, NaN when unknown. */
    float logprob(int i);

    /** Entropy of token {@code i} in nats (exact or estimated), NaN when unknown. */
    double entropy(int i);
}
