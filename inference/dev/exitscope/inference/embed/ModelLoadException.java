package dev.exitscope.inference.embed;

import java.nio.file.Path;

/**
 * A model or tokenizer could not be loaded. The message names the file (or classpath resource) and what was
 * expected there, in words a user can act on; the cause keeps the library's own report for the log.
 */
public class ModelLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;

    /** A failure to load {@code source} (a path or resource name); {@code message} is shown to the user. */
    public ModelLoadException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** A failure without an underlying exception. */
    public ModelLoadException(String source, String message) {
        super(message);
        this.source = source;
    }

    /** The file or resource that could not be loaded. */
    public String source() {
        return source;
    }

    static ModelLoadException forFile(Path file, String message, Throwable cause) {
        return new ModelLoadException(file.toString(), message, cause);
    }
}
