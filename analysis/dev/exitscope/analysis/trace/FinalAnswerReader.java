package dev.exitscope.analysis.trace;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerExtractor;
import dev.exitscope.analysis.answer.AnswerNormalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a trace's final answer with ExitScope's own extractor and checks it against the gold answer with
 * ExitScope's own equivalence test. The answer part (after the thinking block) is searched first; when it is a
 * single short line without any answer marker it is taken whole (a model that writes only {@code 18} after its
 * reasoning answers 18). "Bare" means the line is a numeric expression after normalisation, has at most two
 * words and no digit, or contains no plain word of three or more letters, so a sentence such as "The sum is 5."
 * still goes through the extractor. Answer wrapper tags ({@code <Output>}, {@code <answer>}, as Marco-o1 and
 * R1-style prompts use) are removed from the answer part first. When the answer part holds no answer at all, the
 * whole text is searched.
 */
public final class FinalAnswerReader {
    /** Longest answer part, in chars, that is taken whole when it has no answer marker. */
    static final int MAX_BARE_ANSWER = 120;
    private static final Pattern WRAPPER_TAG = Pattern.compile("(?i)</?(?:output|answer)>");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("(?<![\\\\a-zA-Z])[a-zA-Z]{3,}");

    private FinalAnswerReader() {
    }

    public static FinalAnswer read(String text, int answerFromChar, Question question) {
        String answer = null;
        if (answerFromChar > 0 && answerFromChar < text.length()) {
            answer = fromAnswerPart(text.substring(answerFromChar));
        }
        if (answer == null) {
            answer = AnswerExtractor.extractFinal(text);
        }
        Boolean correct = null;
        String gold = question.gold();
        if (answer != null && gold != null) {
            correct = AnswerEquivalence.equivalent(answer, gold, question.answerType());
        } else if (gold != null) {
            correct = Boolean.FALSE;
        }
        return new FinalAnswer(answer, correct);
    }

    private static @Nullable String fromAnswerPart(String text) {
        String part = WRAPPER_TAG.matcher(text).replaceAll("");
        String bare = part.strip();
        if (!bare.isEmpty() && bare.length() <= MAX_BARE_ANSWER && bare.indexOf('\n') < 0
                && AnswerExtractor.lastBoxed(bare) == null
                && (AnswerNormalizer.numericValue(AnswerNormalizer.normalize(bare)) != null
                || bare.split("\\s+").length <= 2 && !DIGIT.matcher(bare).find() || !WORD.matcher(bare).find())) {
            return bare;
        }
        return AnswerExtractor.extractFinal(part);
    }
}
