package dev.exitscope.analysis.signals.redundancy;

import java.util.List;

/**
 * Turns texts into fixed-length sentence vectors for similarity. Redundancy ({@link RedundancyCalculator}) compares
 * steps through these vectors, so a lexical embedder and a neural one can be swapped freely.
 *
 * <p>Contract: {@link #embed} returns one vector of length {@link #dimension()} per text, in input order, with
 * unit L2 norm; a text the embedder can draw no feature from (an empty string for a lexical embedder) may give the
 * all-zero vector, whose cosine with anything is taken as 0. The vector of a text depends only on the text and on
 * {@link #id()}, never on the other texts of the batch, which is what makes caching by content hash sound.
 *
 * <p>Threading: implementations must be safe to call from several threads (they may serialise calls internally).
 * Failures while embedding are reported as {@link EmbeddingException}.
 */
public interface TextEmbedder {
    /** The length of every vector this embedder returns. */
    int dimension();

    /**
     * Identifies the model and every setting that changes the vectors (weights, tokenizer, maximum length, pooling,
     * hashing dimension, idf table). Two embedders with the same id return the same vector for the same text.
     */
    String id();

    /** One L2-normalised vector per text, in the order of {@code texts}; the arrays belong to the caller. */
    float[][] embed(List<String> texts);
}
