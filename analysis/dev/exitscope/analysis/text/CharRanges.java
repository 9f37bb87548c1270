package dev.exitscope.analysis.text;

/** Character tests over a range of a text. Stateless. */
public final class CharRanges {
    private CharRanges() {
    }

    /** Whether {@code text[from, to)} holds one of {@code chars} (a token holds a boundary character, say). */
    public static boolean containsAny(CharSequence text, int from, int to, String chars) {
        for (int c = from; c < to; c++) {
            if (chars.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
