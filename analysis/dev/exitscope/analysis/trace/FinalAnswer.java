package dev.exitscope.analysis.trace;

import org.jspecify.annotations.Nullable;

/**
 * ExitScope's own reading of a trace's answer: extracted from the text by ExitScope's extractor and checked
 * by ExitScope's own equivalence test against the gold answer. {@code correct} is null without gold or answer.
 */
public record FinalAnswer(@Nullable String answer, @Nullable Boolean correct) {
    public static final FinalAnswer NONE = new FinalAnswer(null, null);
}
