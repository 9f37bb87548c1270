package dev.exitscope.inference.run;

/**
 * A generation that could not start or could not go on, in one line a user can act on: the model folder, the
 * server and what it answered, the prompt token past the vocabulary.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
