package dev.exitscope.analysis.signals.candidates;

import org.jspecify.annotations.Nullable;

/**
 * Finds {@code \boxed{…}} and {@code \fbox{…}} one char at a time: after the command (spaces and tabs allowed) an
 * opening brace, then the content up to the brace that balances it, skipping backslash-escaped chars as the answer
 * checker's brace matcher does. A box is reported when its closing brace arrives; one longer than
 * {@value #MAX_CONTENT} chars, or a command followed by anything but a brace, is dropped. Boxes inside a box are
 * part of its content. Not thread-safe.
 */
final class BoxedScanner {
    static final int MAX_CONTENT = 1000;
    private static final int MAX_GAP = 4;
    private static final int IDLE = 0;
    private static final int AFTER_COMMAND = 1;
    private static final int INSIDE = 2;

    private int state = IDLE;
    private int commandEnd;
    private int open;
    private int depth;
    private boolean escaped;

    /** Feeds char {@code i}, which is {@code c}; returns the finished box, if this char closed one. */
    @Nullable Span feed(CharSequence text, int i, char c) {
        switch (state) {
            case AFTER_COMMAND:
                if (c == '{') {
                    state = INSIDE;
                    open = i;
                    depth = 1;
                    escaped = false;
                } else if ((c == ' ' || c == '\t') && i - commandEnd < MAX_GAP) {
                    return null;
                } else {
                    state = IDLE;
                    return command(text, i, c);
                }
                return null;
            case INSIDE:
                return inside(c, i);
            default:
                return command(text, i, c);
        }
    }

    private @Nullable Span command(CharSequence text, int i, char c) {
        if (c == 'd' && endsWith(text, i, "\\boxed") || c == 'x' && endsWith(text, i, "\\fbox")) {
            state = AFTER_COMMAND;
            commandEnd = i + 1;
        }
        return null;
    }

    private @Nullable Span inside(char c, int i) {
        if (i - open > MAX_CONTENT) {
            state = IDLE;
            return null;
        }
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '{') {
            depth++;
        } else if (c == '}' && --depth == 0) {
            state = IDLE;
            return new Span(open + 1, i, i, "boxed");
        }
        return null;
    }

    static boolean endsWith(CharSequence text, int end, String s) {
        int start = end - s.length() + 1;
        if (start < 0) {
            return false;
        }
        for (int j = 0; j < s.length(); j++) {
            if (text.charAt(start + j) != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
