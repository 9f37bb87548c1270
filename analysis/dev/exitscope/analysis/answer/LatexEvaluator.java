package dev.exitscope.analysis.answer;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a numeric LaTeX or plain-text expression into an {@link ExactNumber}: decimals, {@code + - * /},
 * {@code \cdot \times \div}, {@code ^}, {@code \frac{a}{b}}, {@code \sqrt{x}}, {@code \sqrt[n]{x}}, {@code \pi},
 * parentheses, braces and implicit multiplication ({@code 2\sqrt{3}}, {@code 3\pi}). Anything else (a variable,
 * an unknown command) makes the expression non-numeric. Input is an answer already passed through
 * {@link AnswerNormalizer} (no spaces).
 *
 * <p>A whole answer of the form {@code 12\frac{3}{5}} is read as a mixed number (12 + 3/5), as the MATH dataset
 * (Hendrycks et al. 2021) writes them; anywhere else juxtaposition multiplies.
 */
final class LatexEvaluator {
    private static final int MAX_LENGTH = 1000;
    private static final int MAX_DEPTH = 64;
    private static final Pattern MIXED = Pattern.compile("(-?)(\\d+)\\\\frac\\{(\\d+)\\}\\{(\\d+)\\}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");

    private final String s;
    private int pos;
    private int depth;

    private LatexEvaluator(String s) {
        this.s = s;
    }

    /** The value of {@code normalized}, or null when it is not a numeric expression. */
    static @Nullable ExactNumber evaluate(String normalized) {
        if (normalized.isEmpty() || normalized.length() > MAX_LENGTH) {
            return null;
        }
        try {
            Matcher m = MIXED.matcher(normalized);
            if (m.matches()) {
                ExactNumber whole = ExactNumber.decimal(m.group(2));
                ExactNumber frac = ExactNumber.rational(new BigInteger(m.group(3)), new BigInteger(m.group(4)));
                ExactNumber v = whole.add(frac);
                return m.group(1).isEmpty() ? v : v.negate();
            }
            LatexEvaluator e = new LatexEvaluator(normalized);
            ExactNumber v = e.sum();
            return e.pos == e.s.length() ? v : null;
        } catch (ArithmeticException | SyntaxError | NumberFormatException e) {
            return null;
        }
    }

    private ExactNumber sum() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError();
        }
        ExactNumber v = term();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '+') {
                pos++;
                v = v.add(term());
            } else if (c == '-') {
                pos++;
                v = v.subtract(term());
            } else {
                break;
            }
        }
        depth--;
        return v;
    }

    private ExactNumber term() {
        ExactNumber v = unary();
        while (pos < s.length()) {
            if (eat("*") || eat("\\cdot") || eat("\\times")) {
                v = v.multiply(unary());
            } else if (eat("/") || eat("\\div")) {
                v = v.divide(unary());
            } else if (startsAtom()) {
                v = v.multiply(power());
            } else {
                break;
            }
        }
        return v;
    }

    private ExactNumber unary() {
        if (eat("-")) {
            return unary().negate();
        }
        if (eat("+")) {
            return unary();
        }
        return power();
    }

    private ExactNumber power() {
        ExactNumber base = atom();
        if (eat("^")) {
            ExactNumber exp;
            if (peek() == '{') {
                exp = group();
            } else if (eat("-")) {
                exp = power().negate();
            } else {
                exp = power();
            }
            return base.pow(exp);
        }
        return base;
    }

    private ExactNumber atom() {
        if (pos >= s.length()) {
            throw new SyntaxError();
        }
        char c = s.charAt(pos);
        if (Character.isDigit(c) || c == '.') {
            Matcher m = NUMBER.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                throw new SyntaxError();
            }
            pos = m.end();
            return ExactNumber.decimal(m.group());
        }
        if (c == '(') {
            pos++;
            ExactNumber v = sum();
            expect(")");
            return v;
        }
        if (c == '{') {
            return group();
        }
        if (command("\\frac") || command("\\dfrac") || command("\\tfrac")) {
            ExactNumber n = argument();
            ExactNumber d = argument();
            return n.divide(d);
        }
        if (command("\\sqrt")) {
            return root();
        }
        if (command("\\pi")) {
            return ExactNumber.PI;
        }
        throw new SyntaxError();
    }

    private ExactNumber root() {
        if (eat("[")) {
            ExactNumber index = sum();
            expect("]");
            ExactNumber radicand = argument();
            if (!index.isInteger() || index.toDouble() < 2) {
                throw new SyntaxError();
            }
            int n = (int) index.toDouble();
            double r = Math.pow(Math.abs(radicand.toDouble()), 1.0 / n) * Math.signum(radicand.toDouble());
            if (radicand.toDouble() < 0 && n % 2 == 0) {
                throw new ArithmeticException("even root of a negative number");
            }
            ExactNumber rounded = ExactNumber.decimal(Long.toString(Math.round(r)));
            if (radicand.isInteger() && rounded.pow(index).sameExact(radicand)) {
                return rounded;
            }
            return ExactNumber.approximate(r);
        }
        return argument().sqrt();
    }

    /** A command argument: a braced group, or a single digit or atom as in {@code \frac12}. */
    private ExactNumber argument() {
        if (peek() == '{') {
            return group();
        }
        if (Character.isDigit(peek())) {
            return ExactNumber.decimal(String.valueOf(s.charAt(pos++)));
        }
        return atom();
    }

    private ExactNumber group() {
        expect("{");
        ExactNumber v = sum();
        expect("}");
        return v;
    }

    private boolean startsAtom() {
        char c = peek();
        if (Character.isDigit(c) || c == '.' || c == '(' || c == '{') {
            return true;
        }
        return s.startsWith("\\frac", pos) || s.startsWith("\\dfrac", pos) || s.startsWith("\\tfrac", pos)
                || s.startsWith("\\sqrt", pos) || s.startsWith("\\pi", pos) && !letterAt(pos + 3);
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean eat(String t) {
        if (s.startsWith(t, pos) && !(t.startsWith("\\") && letterAt(pos + t.length()))) {
            pos += t.length();
            return true;
        }
        return false;
    }

    private boolean command(String name) {
        return eat(name);
    }

    private boolean letterAt(int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }

    private void expect(String t) {
        if (!s.startsWith(t, pos)) {
            throw new SyntaxError();
        }
        pos += t.length();
    }

    /** Thrown internally when the text is not a numeric expression. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }
}
