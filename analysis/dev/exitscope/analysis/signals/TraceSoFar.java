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

    /** Char offset where token {@code i} starts; {@code tokenStart(tokenCount())} is the text length. */
    int tokenStart(int i);

    /** Log-probability of token {@code i}, NaN when unknown. */
    float logprob(int i);

    /** Entropy of token {@code i} in nats (exact or estimated), NaN when unknown. */
    double entropy(int i);
}
