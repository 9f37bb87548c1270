package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import org.jspecify.annotations.Nullable;

/** Candidate agreement through the answer checker, with a fast path for equal normalised forms. */
final class Answers {
    private Answers() {
    }

    static boolean agree(CandidateSeen a, CandidateSeen b, @Nullable AnswerType type) {
        if (a.normalized().equals(b.normalized()) && type != AnswerType.TEXT && type != AnswerType.CODE) {
            return true;
        }
        return AnswerEquivalence.equivalent(a.answer(), b.answer(), type);
    }

    static boolean agree(CandidateSeen a, String answer, @Nullable AnswerType type) {
        return AnswerEquivalence.equivalent(a.answer(), answer, type);
    }
}
