package dev.exitscope.analysis.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites an answer into a canonical string so that formatting differences do not count as different answers.
 * The rules follow the MATH grading conventions of Hendrycks et al. 2021 ("Measuring Mathematical Problem Solving
 * With the MATH Dataset", its {@code is_equiv} string normaliser) and the harmless extensions common in later
 * harnesses: drop {@code $}, {@code \left}/{@code \right}, LaTeX spacing, {@code \text{…}}-style wrappers (content
 * kept), degree marks, percent signs, trailing units and periods, thousands separators and all spaces;
 * {@code \dfrac}/{@code \tfrac} become {@code \frac}, {@code \frac12} becomes {@code \frac{1}{2}},
 * {@code \sqrt3} becomes {@code \sqrt{3}}, a single-variable assignment {@code x=5} becomes {@code 5}, and a
 * parenthesised choice letter {@code (B)} becomes {@code B}. A leading GSM8K marker ({@code #### 18}) is removed.
 */
public final class AnswerNormalizer {
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GSM_MARK = Pattern.compile("^#+\\s*");
    private static final Pattern LEFT_RIGHT = Pattern.compile("\\\\(?:left|right)(?![a-zA-Z])");
    private static final Pattern DEGREES = Pattern.compile("\\^\\s*\\{?\\s*\\\\circ\\s*\\}?|°|\\\\circ|\\\\degree");
    private static final Pattern WRAPPER = Pattern.compile(
            "\\\\(?:text|textbf|textit|textrm|textnormal|mathrm|mathbf|mathit|mbox|operatorname)\\s*\\{");
    private static final Pattern PERCENT = Pattern.compile("\\s*(?:\\\\%|%|\\bpercent)\\s*\\.?$");
    private static final String UNIT_WORDS = "cm|mm|km|meters?|metres?|inch(?:es)?|ft|feet|foot|yards?|yd|miles?"
            + "|units?|degrees?|deg|dollars?|cents?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?"
            + "|months?|years?|kg|grams?|lbs?|pounds?|ounces?|oz|liters?|litres?|ml|gallons?|mph|kph|km/h"
            + "|sq|square|cubic|per|each";
    private static final Pattern UNIT_ATTACHED = Pattern.compile(
            "(?i)(?<=[\\d}).\\s])\\s*(?:" + UNIT_WORDS + ")(?:\\^\\{?[23]\\}?|²|³)?\\.?$");
    private static final Pattern UNIT_SPACED = Pattern.compile(
            "(?<=\\S)\\s+(?:m|g|s|h|l)(?:\\^\\{?[23]\\}?|²|³)?\\.?$");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern FRAC_SHORT = Pattern.compile("\\\\frac(\\d|\\{[^{}]*\\})(\\d|\\{[^{}]*\\})");
    private static final Pattern SQRT_SHORT = Pattern.compile("\\\\sqrt(\\d)");
    private static final Pattern BARE_DECIMAL = Pattern.compile("(^|[^\\d.])\\.(\\d)");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?:[a-zA-Z]|\\\\[a-zA-Z]+)(?:_\\{?[a-zA-Z0-9]+\\}?)?=([^=<>]+)");
    private static final Pattern CHOICE = Pattern.compile("\\(([A-Z])\\)|([A-Z])\\)");

    private AnswerNormalizer() {
    }

    /** The canonical form of an answer (see the class comment for the rules). */
    public static String normalize(String s) {
        return analyse(s).text();
    }

    /** The numeric value of a normalised answer as a double, or null when it is not a numeric expression. */
    public static @Nullable Double numericValue(String normalized) {
        ExactNumber v = LatexEvaluator.evaluate(normalized);
        return v == null ? null : v.toDouble();
    }

    /** The canonical form plus whether the raw answer was a percentage. */
    static Normalized analyse(String s) {
        return isPlainNumber(s) ? new Normalized(s, false) : rewrite(s);
    }

    /**
     * Whether {@code s} is {@code -?[0-9]+(\.[0-9]+)?}, which no rule changes: the most common answer, read without
     * running the rules.
     */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        return i == n;
    }

    /** Every rule of the class comment, in order. */
    static Normalized rewrite(String s) {
        String t = GSM_MARK.matcher(s.trim()).replaceFirst("");
        String boxed = t.startsWith("\\boxed") || t.startsWith("\\fbox") ? AnswerExtractor.lastBoxed(t) : null;
        if (boxed != null) {
            t = boxed;
        }
        t = t.replace("\\$", "").replace("$", "");
        t = t.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac");
        t = LEFT_RIGHT.matcher(t).replaceAll("");
        t = t.replace("\\!", "").replace("\\,", " ").replace("\\;", " ").replace("\\:", " ")
                .replace("\\ ", " ").replace('~', ' ');
        t = DEGREES.matcher(t).replaceAll("");
        t = unwrap(t).trim();
        boolean percent = false;
        Matcher pm = PERCENT.matcher(t);
        if (pm.find() && pm.start() > 0) {
            percent = true;
            t = t.substring(0, pm.start());
        }
        t = stripUnits(TRAILING_DOTS.matcher(t).replaceAll("").trim());
        t = WHITESPACE.matcher(t).replaceAll("");
        t = TRAILING_DOTS.matcher(t).replaceAll("");
        t = t.replace("{,}", ",");
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        t = FRAC_SHORT.matcher(t).replaceAll(m -> "\\\\frac" + braced(m.group(1)) + braced(m.group(2)));
        t = SQRT_SHORT.matcher(t).replaceAll("\\\\sqrt{$1}");
        t = BARE_DECIMAL.matcher(t).replaceAll("$10.$2");
        Matcher am = ASSIGNMENT.matcher(t);
        if (am.matches()) {
            t = am.group(1);
        }
        Matcher cm = CHOICE.matcher(t);
        if (cm.matches()) {
            t = cm.group(1) != null ? cm.group(1) : cm.group(2);
        }
        return new Normalized(t, percent);
    }

    /** Replaces {@code \text{X}} and similar wrappers with {@code X}, innermost braces balanced. */
    static String unwrap(String s) {
        String t = s;
        for (int guard = 0; guard < 100; guard++) {
            Matcher m = WRAPPER.matcher(t);
            if (!m.find()) {
                return t;
            }
            int open = m.end() - 1;
            int close = closingBrace(t, open);
            if (close < 0) {
                return t.substring(0, m.start()) + t.substring(m.end());
            }
            t = t.substring(0, m.start()) + t.substring(open + 1, close) + t.substring(close + 1);
        }
        return t;
    }

    /** Index of the brace closing the one at {@code open}, or -1. */
    static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripUnits(String s) {
        String t = s;
        for (int guard = 0; guard < 8; guard++) {
            Matcher m = UNIT_ATTACHED.matcher(t);
            Matcher sp = UNIT_SPACED.matcher(t);
            int cut = m.find() ? m.start() : sp.find() ? sp.start() : -1;
            if (cut <= 0 || !hasDigit(t, cut)) {
                return t;
            }
            t = t.substring(0, cut).trim();
        }
        return t;
    }

    private static boolean hasDigit(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String braced(String arg) {
        String b = arg.startsWith("{") ? arg : "{" + arg + "}";
        return Matcher.quoteReplacement(b);
    }

    /** A normalised answer and whether it carried a percent sign. */
    record Normalized(String text, boolean percent) {
    }
}
