package dev.exitscope.analysis.answer;

import dev.exitscope.analysis.trace.AnswerType;
import org.jspecify.annotations.Nullable;

/** Decides whether two answers are the same: equal after normalisation, or numerically equal. */
public final class AnswerEquivalence {
    private AnswerEquivalence() {
    }

    public static boolean equivalent(String a, String b, @Nullable AnswerType type) {
        String na = AnswerNormalizer.normalize(a);
        String nb = AnswerNormalizer.normalize(b);
        if (na.equals(nb)) {
            return true;
        }
        Double x = AnswerNormalizer.numericValue(na);
        Double y = AnswerNormalizer.numericValue(nb);
        if (x != null && y != null) {
            double scale = Math.max(Math.abs(x), Math.abs(y));
            return Math.abs(x - y) <= 1e-6 * Math.max(scale, 1e-12) || x.equals(y);
        }
        return false;
    }
}
