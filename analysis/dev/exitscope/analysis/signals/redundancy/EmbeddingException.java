package dev.exitscope.analysis.signals.redundancy;

/** An embedder failed on texts it was given (the model run failed, for instance); the message says why. */
public class EmbeddingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure without an underlying exception. */
    public EmbeddingException(String message) {
        super(message);
    }
}
