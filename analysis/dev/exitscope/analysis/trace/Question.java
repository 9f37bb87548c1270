package dev.exitscope.analysis.trace;

import dev.exitscope.analysis.answer.AnswerType;
import org.jspecify.annotations.Nullable;

/** The question a trace answers: its text, the gold answer and how that answer is compared. */
public record Question(@Nullable String text, @Nullable String gold, @Nullable AnswerType answerType) {

    /** A question with nothing known. */
    public static final Question UNKNOWN = new Question(null, null, null);

    public boolean isEmpty() {
        return text == null && gold == null && answerType == null;
    }
}
