package dev.exitscope.analysis.answer;

import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.Question;

/**
 * Reads a trace's final answer with ExitScope's own extractor and checks it against the gold answer with
 * ExitScope's own equivalence test. The answer part (after the thinking block) is searched first; when it holds
 * no answer, the whole text is.
 */
public final class FinalAnswerReader {
    private FinalAnswerReader() {
    }

    public static FinalAnswer read(String text, int answerFromChar, Question question) {
        String answer = null;
        if (answerFromChar > 0 && answerFromChar < text.length()) {
            answer = AnswerExtractor.extractFinal(text.substring(answerFromChar));
        }
        if (answer == null) {
            answer = AnswerExtractor.extractFinal(text);
        }
        Boolean correct = null;
        if (answer != null && question.gold() != null) {
            correct = AnswerEquivalence.equivalent(answer, question.gold(), question.answerType());
        } else if (answer == null && question.gold() != null) {
            correct = Boolean.FALSE;
        }
        return new FinalAnswer(answer, correct);
    }
}
