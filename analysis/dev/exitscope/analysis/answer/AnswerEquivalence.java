package dev.exitscope.analysis.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two answers are the same. Both are normalised with {@link AnswerNormalizer}; they are
 * equivalent when the canonical strings are equal, or when both evaluate (with {@link LatexEvaluator}) to numbers
 * that agree exactly or within a relative tolerance of {@value #TOLERANCE}, or when both are tuples/intervals with
 * the same brackets whose elements are pairwise equivalent. The equality rule follows the MATH grading conventions
 * of Hendrycks et al. 2021 (string equality after normalisation) with the numeric tolerance used by later math
 * evaluation harnesses (e.g. Qwen2.5-Math's {@code math_equal}).
 *
 * <p>Percentages: a percent answer such as {@code 50%} equals both its number ({@code 50}) and its fraction
 * ({@code 0.5}, {@code 1/2}), because problems and models use both readings and neither can be ruled out from the
 * text alone. Two percent answers compare by their numbers.
 *
 * <p>Choice answers ({@link AnswerType#MCQ}) compare by their letter only; {@link AnswerType#TEXT} and
 * {@link AnswerType#CODE} compare the canonical strings ignoring case.
 */
public final class AnswerEquivalence {
    /** Relative tolerance for numeric equality. */
    public static final double TOLERANCE = 1e-6;

    private AnswerEquivalence() {
    }

    public static boolean equivalent(String a, String b, @Nullable AnswerType type) {
        if (a.equals(b)) {
            return true;
        }
        return equivalent(AnswerNormalizer.analyse(a), AnswerNormalizer.analyse(b), type, null);
    }

    /**
     * {@link #equivalent(String, String, AnswerType)} where each answer's normal form and value are worked out once
     * and remembered, for a caller that compares the same few answers many times (a window of probe answers). The
     * verdicts are those of the static method. One instance per trace; not thread-safe.
     */
    public static final class Memo {
        private static final Object NO_NUMBER = new Object();
        private final @Nullable AnswerType type;
        private final java.util.Map<String, AnswerNormalizer.Normalized> normalized = new java.util.HashMap<>();
        private final java.util.Map<String, Object> numbers = new java.util.HashMap<>();

        public Memo(@Nullable AnswerType type) {
            this.type = type;
        }

        /** Whether {@code a} and {@code b} are equivalent answers under this memo's answer type. */
        public boolean equivalent(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            return AnswerEquivalence.equivalent(normalized.computeIfAbsent(a, AnswerNormalizer::analyse),
                    normalized.computeIfAbsent(b, AnswerNormalizer::analyse), type, this);
        }

        @Nullable ExactNumber number(String normalizedText) {
            Object v = numbers.computeIfAbsent(normalizedText, t -> {
                ExactNumber x = LatexEvaluator.evaluate(t);
                return x == null ? NO_NUMBER : x;
            });
            return v == NO_NUMBER ? null : (ExactNumber) v;
        }
    }

    private static boolean equivalent(AnswerNormalizer.Normalized na, AnswerNormalizer.Normalized nb,
                                      @Nullable AnswerType type, @Nullable Memo memo) {
        if (type == AnswerType.TEXT || type == AnswerType.CODE) {
            return na.text().toLowerCase(Locale.ROOT).equals(nb.text().toLowerCase(Locale.ROOT));
        }
        if (type == AnswerType.MCQ) {
            String la = choiceLetter(na.text());
            String lb = choiceLetter(nb.text());
            if (la != null && lb != null) {
                return la.equals(lb);
            }
        }
        return same(na, nb, memo);
    }

    private static @Nullable ExactNumber number(String text, @Nullable Memo memo) {
        return memo == null ? LatexEvaluator.evaluate(text) : memo.number(text);
    }

    private static boolean same(AnswerNormalizer.Normalized na, AnswerNormalizer.Normalized nb, @Nullable Memo memo) {
        if (na.text().equals(nb.text())) {
            return true;
        }
        ExactNumber x = number(na.text(), memo);
        ExactNumber y = number(nb.text(), memo);
        if (x != null && y != null) {
            boolean bothPercent = na.percent() && nb.percent();
            for (ExactNumber u : readings(x, na.percent() && !bothPercent)) {
                for (ExactNumber v : readings(y, nb.percent() && !bothPercent)) {
                    if (u.closeTo(v, TOLERANCE)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return sameTuple(na.text(), nb.text(), memo);
    }

    /** A percent answer reads as its number and as that number divided by 100; any other answer as itself. */
    private static List<ExactNumber> readings(ExactNumber v, boolean percent) {
        if (!percent) {
            return List.of(v);
        }
        return List.of(v, v.divide(ExactNumber.decimal("100")));
    }

    private static boolean sameTuple(String a, String b, @Nullable Memo memo) {
        Tuple ta = Tuple.parse(a);
        Tuple tb = Tuple.parse(b);
        if (ta == null || tb == null || ta.open() != tb.open() || ta.close() != tb.close()
                || ta.items().size() != tb.items().size()) {
            return false;
        }
        if (ta.items().size() == 1 && ta.open() == 0) {
            return false;
        }
        for (int i = 0; i < ta.items().size(); i++) {
            AnswerNormalizer.Normalized x = new AnswerNormalizer.Normalized(ta.items().get(i), false);
            AnswerNormalizer.Normalized y = new AnswerNormalizer.Normalized(tb.items().get(i), false);
            if (!same(x, y, memo)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String choiceLetter(String s) {
        String t = s.length() == 3 && s.charAt(0) == '(' && s.charAt(2) == ')' ? s.substring(1, 2) : s;
        if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
            return t.toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * A comma-separated list, optionally in brackets. {@code open}/{@code close} are the bracket chars ({@code 0}
     * when bare); {@code \{ \}} count as braces.
     */
    record Tuple(char open, char close, List<String> items) {
        static @Nullable Tuple parse(String s) {
            String t = s;
            char open = 0;
            char close = 0;
            if (t.startsWith("\\{") && t.endsWith("\\}") && t.length() >= 4) {
                open = '{';
                close = '}';
                t = t.substring(2, t.length() - 2);
            } else if (t.length() >= 2 && "([{".indexOf(t.charAt(0)) >= 0
                    && ")]}".indexOf(t.charAt(t.length() - 1)) >= 0 && enclosesAll(t)) {
                open = t.charAt(0);
                close = t.charAt(t.length() - 1);
                t = t.substring(1, t.length() - 1);
            }
            List<String> items = splitTopLevel(t);
            if (items == null || items.size() < 2 && open == 0) {
                return null;
            }
            return new Tuple(open, close, items);
        }

        /** True when the first char's bracket is closed only by the last char (so {@code (1)+(2)} is no tuple). */
        private static boolean enclosesAll(String t) {
            int depth = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0 && i < t.length() - 1) {
                        return false;
                    }
                }
            }
            return depth == 0;
        }

        private static @Nullable List<String> splitTopLevel(String t) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    out.add(t.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(t.substring(from));
            for (String item : out) {
                if (item.isEmpty()) {
                    return null;
                }
            }
            return out;
        }
    }
}
