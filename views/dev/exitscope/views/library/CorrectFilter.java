package dev.exitscope.views.library;

import org.jspecify.annotations.Nullable;

/** Which traces the library shows by the correctness of their final answer. Immutable; any thread. */
public enum CorrectFilter {
    ALL("all"),
    CORRECT("correct"),
    WRONG("wrong"),
    UNKNOWN("unknown");

    private final String label;

    CorrectFilter(String label) {
        this.label = label;
    }

    /** Whether a trace whose answer was judged {@code correct} (null when it could not be judged) passes. */
    public boolean accepts(@Nullable Boolean correct) {
        return switch (this) {
            case ALL -> true;
            case CORRECT -> Boolean.TRUE.equals(correct);
            case WRONG -> Boolean.FALSE.equals(correct);
            case UNKNOWN -> correct == null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
