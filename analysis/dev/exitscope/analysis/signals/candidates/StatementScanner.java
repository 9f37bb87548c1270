package dev.exitscope.analysis.signals.candidates;

import org.jspecify.annotations.Nullable;

/**
 * Finds answer statements one char at a time: "answer is X", "answer: X" (also {@code **Answer**:}), and
 * "Final Answer" followed by a colon, {@code **} or a line break, then X — the markers of the answer checker's
 * statement rule. After the marker, spaces, tabs, colons, {@code *} and up to {@value #MAX_PRELUDE} chars of line
 * breaks are skipped; the value runs to the end of its line or to a full stop followed by whitespace (so the
 * statement is reported when that whitespace arrives), or to the end of the text. A marker inside a value restarts
 * the capture (the inner statement wins, as in the checker). A value longer than {@value #MAX_VALUE} chars is
 * dropped. Markers need a non-letter before them; "answer is" and "final answer" must not run on into a letter
 * ("answer isn't", "final answers"). Not thread-safe.
 */
final class StatementScanner {
    static final String ANSWER_IS = "answer-is";
    static final String FINAL_ANSWER = "final-answer";
    static final int MAX_VALUE = 200;
    static final int MAX_PRELUDE = 24;
    private static final int IDLE = 0;
    private static final int PRELUDE = 1;
    private static final int VALUE = 2;

    private int state = IDLE;
    private String source = ANSWER_IS;
    private boolean finalMarker;
    private boolean marked;
    private boolean wordMarker;
    private int markerEnd;
    private int valueStart;
    private int dotAt = -1;

    /** Feeds char {@code i}, which is {@code c}; returns a statement that this char completed, if any. */
    @Nullable Span feed(CharSequence text, int i, char c) {
        if (state == VALUE && dotAt >= 0) {
            int dot = dotAt;
            dotAt = -1;
            if (Character.isWhitespace(c)) {
                state = IDLE;
                return new Span(valueStart, dot, dot, source);
            }
        }
        if (marker(text, i, c)) {
            return null;
        }
        if (state == PRELUDE) {
            prelude(c, i);
        }
        if (state == VALUE) {
            return value(text, c, i);
        }
        return null;
    }

    /** The text ended: a value being read ends there (a final full stop is left out). */
    @Nullable Span finish(CharSequence text) {
        if (state != VALUE) {
            state = IDLE;
            return null;
        }
        state = IDLE;
        int end = text.length();
        int last = lastVisible(text, valueStart, end);
        if (last < valueStart) {
            return null;
        }
        int to = text.charAt(last) == '.' ? last : last + 1;
        return new Span(valueStart, to, last, source);
    }

    private boolean marker(CharSequence text, int i, char c) {
        String found = null;
        boolean word = false;
        if ((c == 's' || c == 'S') && endsWithIgnoreCase(text, i, "answer is")) {
            found = ANSWER_IS;
            word = true;
        } else if ((c == 'r' || c == 'R') && endsWithIgnoreCase(text, i, "final answer")) {
            found = FINAL_ANSWER;
            word = true;
        } else if ((c == ':' || c == '：') && answerBeforeColon(text, i)) {
            if (state == PRELUDE && finalMarker) {
                marked = true;
                return true;
            }
            found = ANSWER_IS;
        }
        if (found == null) {
            return false;
        }
        state = PRELUDE;
        source = found;
        finalMarker = found.equals(FINAL_ANSWER);
        marked = !word;
        wordMarker = word;
        markerEnd = i + 1;
        dotAt = -1;
        return true;
    }

    private void prelude(char c, int i) {
        if (wordMarker && i == markerEnd && Character.isLetter(c)) {
            state = IDLE;
            return;
        }
        if (c == ' ' || c == '\t') {
            return;
        }
        if (c == ':' || c == '：' || c == '*' || c == '\n' || c == '\r') {
            marked = true;
            if (i - markerEnd > MAX_PRELUDE) {
                state = IDLE;
            }
            return;
        }
        if (finalMarker && !marked || i - markerEnd > MAX_PRELUDE) {
            state = IDLE;
            return;
        }
        state = VALUE;
        valueStart = i;
    }

    private @Nullable Span value(CharSequence text, char c, int i) {
        if (c == '\n' || c == '\r') {
            state = IDLE;
            int last = lastVisible(text, valueStart, i);
            return last < valueStart ? null : new Span(valueStart, last + 1, last, source);
        }
        if (i - valueStart > MAX_VALUE) {
            state = IDLE;
            return null;
        }
        if (c == '.') {
            dotAt = i;
        }
        return null;
    }

    private static int lastVisible(CharSequence text, int from, int to) {
        int j = to - 1;
        while (j >= from && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j;
    }

    /** Whether "answer" ends just before {@code colon}, allowing spaces and one {@code **} between them. */
    private static boolean answerBeforeColon(CharSequence text, int colon) {
        int j = colon - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j >= 1 && text.charAt(j) == '*' && text.charAt(j - 1) == '*') {
            j -= 2;
        }
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j >= 0 && endsWithIgnoreCase(text, j, "answer");
    }

    /** Whether {@code s} ends at {@code end}, ignoring case, with no letter or digit just before it. */
    private static boolean endsWithIgnoreCase(CharSequence text, int end, String s) {
        int start = end - s.length() + 1;
        if (start < 0) {
            return false;
        }
        for (int j = 0; j < s.length(); j++) {
            if (Character.toLowerCase(text.charAt(start + j)) != s.charAt(j)) {
                return false;
            }
        }
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }
}
