package dev.exitscope.analysis.trace;

/** Thrown by {@link TraceBuilder} when a trace grows past the configured token limit. */
public final class TokenLimitException extends RuntimeException {
    private final int limit;

    public TokenLimitException(int limit) {
        super("more than " + limit + " tokens (raise the limit with --max-tokens)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
