package dev.exitscope.analysis.signals.steps;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One paragraph ("chunk") as PUMA's step separation sees it, and the merge rule that decides whether it joins the
 * step before it. The rules are those of {@code puma/separate_steps.py} in giovanni-vaccarino/PUMA (arXiv
 * 2605.17672), restated here:
 *
 * <p><b>Label</b> (fixed phrase lists, case-insensitive substring search, first match wins): <i>setup</i> when the
 * first 100 chars hold "need to solve", "problem states", "given that", "first,", "the problem says" or "let me
 * understand"; <i>calculate</i> when the chunk holds "calculate", "compute", " = ", "divided by", "multiply",
 * "adding", "subtract", "total" or "sum" and none of "let me", "should i", "wait"; <i>doubt</i> for "wait", "but ",
 * "however", "that doesn't make sense", "let me reconsider", "or maybe", "perhaps", "could it be", "i'm not sure",
 * "ambiguous", "confusing", "mistake"; <i>verify</i> for "let me check", "double-check", "verify", "confirm",
 * "seems correct", "looks right", "to make sure"; <i>conclude</i> for "therefore", "so the answer", "final answer",
 * "in conclusion", "thus", "hence", "this gives us"; <i>general</i> otherwise.
 *
 * <p><b>Enumerated</b>: the chunk opens (case-insensitively) with digits and a {@code .} or {@code )}, "step" and a
 * number, "first", "second", "third" or "finally", followed by a word boundary. As PUMA's pattern is written, the
 * boundary must separate a word char from a non-word char, so {@code "1. Add"} (dot then space) is <i>not</i>
 * enumerated while {@code "1.5"}, {@code "Step 2:"} and {@code "First,"} are.
 *
 * <p><b>Merge</b> of chunk c (length C) into the open step (length P: its chunks plus 2 per {@code "\n\n"} join;
 * type T: the label of the chunk that opened it), with m = minChars and M = maxChars; the first rule that applies
 * decides:
 * <ol>
 *   <li>c enumerated and P ≥ m: new step;</li>
 *   <li>c's label is T: doubt or verify merge when P + C ≤ 1.2 M; calculate when P &lt; m and P + C ≤ M; setup,
 *       conclude and general when P &lt; 1.5 m;</li>
 *   <li>keep-together pairs (T, c) = (setup, calculate) or (calculate, verify): merge when P + C ≤ M;</li>
 *   <li>major transitions (doubt, calculate), (verify, conclude), (calculate, doubt), (setup, doubt): merge only
 *       when P &lt; 0.5 m;</li>
 *   <li>P &lt; 0.6 m: merge;</li>
 *   <li>C &lt; 0.4 m and c not enumerated: merge when P + C ≤ M;</li>
 *   <li>otherwise a new step.</li>
 * </ol>
 * Lengths count Unicode code points, as Python's {@code len} does. Immutable.
 */
record PumaChunk(int length, Label label, boolean enumerated) {
    /** PUMA's chunk labels. */
    enum Label { SETUP, CALCULATE, DOUBT, VERIFY, CONCLUDE, GENERAL }

    private static final int SETUP_WINDOW = 100;
    private static final List<String> SETUP = List.of("need to solve", "problem states", "given that", "first,",
            "the problem says", "let me understand");
    private static final List<String> CALCULATE = List.of("calculate", "compute", " = ", "divided by", "multiply",
            "adding", "subtract", "total", "sum");
    private static final List<String> CALCULATE_VETO = List.of("let me", "should i", "wait");
    private static final List<String> DOUBT = List.of("wait", "but ", "however", "that doesn't make sense",
            "let me reconsider", "or maybe", "perhaps", "could it be", "i'm not sure", "ambiguous", "confusing",
            "mistake");
    private static final List<String> VERIFY = List.of("let me check", "double-check", "verify", "confirm",
            "seems correct", "looks right", "to make sure");
    private static final List<String> CONCLUDE = List.of("therefore", "so the answer", "final answer",
            "in conclusion", "thus", "hence", "this gives us");
    private static final Pattern ENUMERATED = Pattern.compile("(?:\\d+[.)]|step\\s+\\d+|first|second|third|finally)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The chunk whose text (first to last non-whitespace char) is {@code text}. */
    static PumaChunk of(String text) {
        return new PumaChunk(text.codePointCount(0, text.length()), label(text),
                ENUMERATED.matcher(text).lookingAt());
    }

    static Label label(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cps = lower.codePointCount(0, lower.length());
        String head = lower.substring(0, lower.offsetByCodePoints(0, Math.min(SETUP_WINDOW, cps)));
        if (any(head, SETUP)) {
            return Label.SETUP;
        }
        if (any(lower, CALCULATE) && !any(lower, CALCULATE_VETO)) {
            return Label.CALCULATE;
        }
        if (any(lower, DOUBT)) {
            return Label.DOUBT;
        }
        if (any(lower, VERIFY)) {
            return Label.VERIFY;
        }
        if (any(lower, CONCLUDE)) {
            return Label.CONCLUDE;
        }
        return Label.GENERAL;
    }

    /** Whether this chunk joins an open step of length {@code stepLength} and type {@code stepType}. */
    boolean joins(int stepLength, Label stepType, int minChars, int maxChars) {
        double p = stepLength;
        double fits = p + length;
        if (enumerated && p >= minChars) {
            return false;
        }
        if (label == stepType) {
            switch (stepType) {
                case DOUBT:
                case VERIFY:
                    return fits <= maxChars * 1.2;
                case CALCULATE:
                    return p < minChars && fits <= maxChars;
                default:
                    return p < minChars * 1.5;
            }
        }
        if (keepTogether(stepType, label)) {
            return fits <= maxChars;
        }
        if (majorTransition(stepType, label)) {
            return p < minChars * 0.5;
        }
        if (p < minChars * 0.6) {
            return true;
        }
        return length < minChars * 0.4 && !enumerated && fits <= maxChars;
    }

    private static boolean keepTogether(Label a, Label b) {
        return a == Label.SETUP && b == Label.CALCULATE || a == Label.CALCULATE && b == Label.VERIFY;
    }

    private static boolean majorTransition(Label a, Label b) {
        return a == Label.DOUBT && b == Label.CALCULATE || a == Label.VERIFY && b == Label.CONCLUDE
                || a == Label.CALCULATE && b == Label.DOUBT || a == Label.SETUP && b == Label.DOUBT;
    }

    private static boolean any(String s, List<String> phrases) {
        for (String p : phrases) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
