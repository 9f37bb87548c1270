package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.answer.AnswerNormalizer;
import dev.exitscope.analysis.answer.AnswerType;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small rules for dataset gold answers shared by the presets. */
final class GoldAnswers {
    private static final Pattern GSM_MARK = Pattern.compile("^\\s*#+\\s*");

    private GoldAnswers() {
    }

    /**
     * {@link AnswerType#NUMERIC} when the gold answer evaluates to a number after normalisation ({@code 18},
     * {@code \frac{1}{9}}, {@code 12\frac{3}{5}}), else {@link AnswerType#LATEX}; null without gold.
     */
    static @Nullable AnswerType guessType(@Nullable String gold) {
        if (gold == null) {
            return null;
        }
        return AnswerNormalizer.numericValue(AnswerNormalizer.normalize(gold)) != null
                ? AnswerType.NUMERIC : AnswerType.LATEX;
    }

    /** The gold answer without GSM8K's leading {@code #}/{@code ####} marker ({@code "# 18"} gives {@code 18}). */
    static String stripGsmMark(String gold) {
        return GSM_MARK.matcher(gold).replaceFirst("").strip();
    }
}
