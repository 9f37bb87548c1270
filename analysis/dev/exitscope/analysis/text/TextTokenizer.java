package dev.exitscope.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one split rule for text that arrives without server tokens (plain text, datasets). A token is, in order of
 * precedence: a run of letters, or a run of digits, each with at most one leading space; one CJK, kana or hangul
 * character; a run of newlines ({@code \r} included); a run of other whitespace; any other single character
 * (a surrogate pair stays whole). Concatenating the tokens gives back the input exactly.
 */
public final class TextTokenizer {
    /** Below this code point no character is CJK, kana, hangul or bopomofo (found in the JDK's Unicode data). */
    private static final int FIRST_CJK = firstCjk();

    private TextTokenizer() {
    }

    public static List<String> split(String s) {
        List<String> out = new ArrayList<>(Math.max(4, s.length() / 4));
        int n = s.length();
        int i = 0;
        while (i < n) {
            int end = nextEnd(s, i);
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /**
     * Where the tokens of {@link #split} end, as exclusive char offsets into {@code s}, one per token; or
     * {@code null} as soon as {@code s} turns out to hold more than {@code max} tokens. The bound is checked while
     * splitting, so a text far over it costs at most {@code max} offsets and no token strings.
     */
    public static int @Nullable [] ends(String s, int max) {
        int n = s.length();
        int[] out = new int[Math.max(0, Math.min(max, Math.max(4, n / 4)))];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (count == out.length) {
                if (count >= max) {
                    return null;
                }
                out = Arrays.copyOf(out, (int) Math.min(max, Math.max(4L, 2L * count)));
            }
            i = nextEnd(s, i);
            out[count++] = i;
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** End (exclusive) of the token starting at {@code i}. */
    static int nextEnd(String s, int i) {
        int n = s.length();
        int c = s.codePointAt(i);
        if (c == ' ' && i + 1 < n) {
            int d = s.codePointAt(i + 1);
            if (isWordLetter(d)) {
                return runOfLetters(s, i + 1);
            }
            if (Character.isDigit(d)) {
                return runOfDigits(s, i + 1);
            }
        }
        if (isWordLetter(c)) {
            return runOfLetters(s, i);
        }
        if (Character.isDigit(c)) {
            return runOfDigits(s, i);
        }
        if (isCjk(c)) {
            return i + Character.charCount(c);
        }
        if (c == '\n' || c == '\r') {
            int j = i;
            while (j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
                j++;
            }
            return j;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            int j = i;
            while (j < n) {
                int d = s.codePointAt(j);
                if (d == '\n' || d == '\r' || !(Character.isWhitespace(d) || Character.isSpaceChar(d))) {
                    break;
                }
                j += Character.charCount(d);
            }
            // leave a single trailing space to lead the next word or number
            if (j < n && j - i > 1 && s.charAt(j - 1) == ' ') {
                int d = s.codePointAt(j);
                if (isWordLetter(d) || Character.isDigit(d)) {
                    return j - 1;
                }
            }
            return j;
        }
        return i + Character.charCount(c);
    }

    private static int runOfLetters(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int d = s.codePointAt(j);
            if (!isWordLetter(d)) {
                break;
            }
            j += Character.charCount(d);
        }
        return j;
    }

    private static int runOfDigits(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int d = s.codePointAt(j);
            if (!Character.isDigit(d)) {
                break;
            }
            j += Character.charCount(d);
        }
        return j;
    }

    /** A letter (or combining mark) that is not CJK, kana or hangul. */
    static boolean isWordLetter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (isCjk(c)) {
            return false;
        }
        int t = Character.getType(c);
        return Character.isLetter(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static int firstCjk() {
        int c = 0;
        while (!cjkScript(c)) {
            c++;
        }
        return c;
    }

    static boolean isCjk(int c) {
        return c >= FIRST_CJK && cjkScript(c);
    }

    private static boolean cjkScript(int c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                || sc == Character.UnicodeScript.BOPOMOFO;
    }
}
