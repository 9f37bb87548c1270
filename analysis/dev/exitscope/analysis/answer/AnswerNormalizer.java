package dev.exitscope.analysis.answer;

import org.jspecify.annotations.Nullable;

/** Normalises an answer string for comparison. */
public final class AnswerNormalizer {
    private AnswerNormalizer() {
    }

    public static String normalize(String s) {
        String t = s.trim();
        t = t.replace("$", "").replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac");
        t = t.replaceAll("\\\\text\\{([^}]*)\\}", "$1").replace("\\left", "").replace("\\right", "");
        t = t.replaceAll("\\s+", "");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        t = t.replaceAll("(?<=\\d),(?=\\d{3}(\\D|$))", "");
        return t;
    }

    public static @Nullable Double numericValue(String normalized) {
        try {
            return Double.parseDouble(normalized);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
