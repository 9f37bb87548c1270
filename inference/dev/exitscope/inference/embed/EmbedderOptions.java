package dev.exitscope.inference.embed;

/**
 * Settings of an {@link OnnxSentenceEmbedder}.
 *
 * @param maxLength      word pieces per text, special tokens included; longer texts are truncated (256 for
 *                       all-MiniLM-L6-v2, as its sentence-transformers configuration sets)
 * @param batchSize      texts per ONNX Runtime run; texts are sorted by length first so a batch pads little
 * @param intraOpThreads ONNX Runtime intra-op threads; 0 means one per available processor
 * @param pooling        how token vectors become the sentence vector
 */
public record EmbedderOptions(int maxLength, int batchSize, int intraOpThreads, Pooling pooling) {
    /** The batch size measured fastest for 200 steps of about 300 characters on 2 cores (docs/signals.md). */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** all-MiniLM-L6-v2's maximum sequence length. */
    public static final int MINILM_MAX_LENGTH = 256;
    /** all-MiniLM-L6-v2's settings. */
    public static final EmbedderOptions MINILM = new EmbedderOptions(MINILM_MAX_LENGTH, DEFAULT_BATCH_SIZE, 0,
            Pooling.MEAN);

    /** Checks the values are usable. */
    public EmbedderOptions {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("intraOpThreads must not be negative, was " + intraOpThreads);
        }
    }

    /** These options with another maximum length. */
    public EmbedderOptions withMaxLength(int n) {
        return new EmbedderOptions(n, batchSize, intraOpThreads, pooling);
    }

    /** These options with another batch size. */
    public EmbedderOptions withBatchSize(int n) {
        return new EmbedderOptions(maxLength, n, intraOpThreads, pooling);
    }

    /** These options with another intra-op thread count (0: one per processor). */
    public EmbedderOptions withIntraOpThreads(int n) {
        return new EmbedderOptions(maxLength, batchSize, n, pooling);
    }

    /** These options with another pooling. */
    public EmbedderOptions withPooling(Pooling p) {
        return new EmbedderOptions(maxLength, batchSize, intraOpThreads, p);
    }
}
