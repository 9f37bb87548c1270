package dev.exitscope.analysis.io;

/**
 * The JVM ran out of memory or stack while an input was read: carries the original error and where reading had got
 * to ("FILE at line N", or "FILE"), so the top level can report both in one line. Thrown by
 * {@link ImporterRegistry#read}.
 */
public final class InputExhaustedError extends Error {
    private static final long serialVersionUID = 1L;
    private final String where;

    public InputExhaustedError(String where, VirtualMachineError cause) {
        super(where, cause, false, false);
        this.where = where;
    }

    /** "FILE at line N" or "FILE". */
    public String where() {
        return where;
    }

    /** The {@link OutOfMemoryError} or {@link StackOverflowError} that ended the reading. */
    public VirtualMachineError exhausted() {
        return (VirtualMachineError) getCause();
    }
}
