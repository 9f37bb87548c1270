package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.StepType;
import java.util.List;
import java.util.Locale;

/**
 * Types a step from its text with {@link StepKeywords}. The first rule that holds wins:
 * <ol>
 *   <li>{@link StepType#SETUP}: a setup keyword within the first {@value #SETUP_WINDOW} chars (PUMA looks only at
 *       the opening of a chunk for setup phrases);</li>
 *   <li>{@link StepType#DOUBT}: a doubt keyword anywhere;</li>
 *   <li>{@link StepType#VERIFY}: a verify keyword anywhere;</li>
 *   <li>{@link StepType#CONCLUDE}: a conclude keyword anywhere;</li>
 *   <li>{@link StepType#CALCULATE}: a calculate keyword anywhere, or at least {@value #CALC_DENSITY} of the
 *       non-whitespace chars are digits or operators ({@code + - * / = ^ × ÷ ·});</li>
 *   <li>{@link StepType#GENERAL} otherwise.</li>
 * </ol>
 * PUMA tries calculate second, vetoed only by "let me", "should i" and "wait"; here calculate comes after the
 * reflective and concluding labels, so a step that concludes with an equation is a conclusion. Matching is
 * case-insensitive substring search. Immutable and thread-safe.
 */
public final class StepTyper {
    /** Chars at the start of a step searched for setup keywords. */
    public static final int SETUP_WINDOW = 100;
    /** Share of digit and operator chars that makes a step a calculation. */
    public static final double CALC_DENSITY = 0.3;

    private final StepKeywords keywords;

    public StepTyper(StepKeywords keywords) {
        this.keywords = keywords;
    }

    public static StepTyper defaults() {
        return new StepTyper(StepKeywords.defaults());
    }

    public StepKeywords keywords() {
        return keywords;
    }

    /** The type of the step whose text is {@code text[from, to)}. */
    public StepType type(CharSequence text, int from, int to) {
        if (from >= to) {
            return StepType.GENERAL;
        }
        return type(text.subSequence(from, to).toString());
    }

    /** The type of a step with text {@code step}. */
    public StepType type(String step) {
        String s = step.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return StepType.GENERAL;
        }
        if (any(s.substring(0, Math.min(SETUP_WINDOW, s.length())), keywords.setup())) {
            return StepType.SETUP;
        }
        if (any(s, keywords.doubt())) {
            return StepType.DOUBT;
        }
        if (any(s, keywords.verify())) {
            return StepType.VERIFY;
        }
        if (any(s, keywords.conclude())) {
            return StepType.CONCLUDE;
        }
        if (any(s, keywords.calculate()) || density(s) >= CALC_DENSITY) {
            return StepType.CALCULATE;
        }
        return StepType.GENERAL;
    }

    private static boolean any(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static double density(String s) {
        int visible = 0;
        int math = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Segmenter.isSpace(c)) {
                continue;
            }
            visible++;
            if (c >= '0' && c <= '9' || "+-*/=^×÷·".indexOf(c) >= 0) {
                math++;
            }
        }
        return visible == 0 ? 0 : (double) math / visible;
    }
}
