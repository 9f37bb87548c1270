package dev.exitscope.analysis.text;

import org.jspecify.annotations.Nullable;

/**
 * Finds the thinking block in a trace text. The block runs from its opening tag ({@code <think>} or
 * {@code <Thought>}) — or from the start of the text when only a closing tag appears, as R1-style outputs do —
 * through its closing tag, tags included. An unclosed block runs to the end.
 */
public final class ThinkBlockDetector {
    private static final String[][] TAGS = {{"<think>", "</think>"}, {"<Thought>", "</Thought>"}};

    private ThinkBlockDetector() {
    }

    /**
     * Returns {@code {startToken, endToken}} (end exclusive) or null when the text has no thinking block.
     *
     * @param starts token start offsets, {@code tokenCount + 1} entries
     */
    public static int @Nullable [] detect(String text, int[] starts) {
        int[] chars = detectChars(text);
        if (chars == null) {
            return null;
        }
        int n = starts.length - 1;
        int startToken = chars[0] == 0 ? 0 : TokenOffsets.tokenAt(starts, chars[0]);
        int endToken = chars[1] >= text.length() && chars[2] == 0 ? n
                : TokenOffsets.tokenAt(starts, chars[1] - 1) + 1;
        return new int[] {startToken, endToken};
    }

    /**
     * Returns {@code {startChar, endChar, closed}} with {@code closed} 1 when a closing tag was found, or null.
     */
    public static int @Nullable [] detectChars(String text) {
        int best = -1;
        int[] result = null;
        for (String[] tag : TAGS) {
            int open = text.indexOf(tag[0]);
            int close = text.indexOf(tag[1], open < 0 ? 0 : open + tag[0].length());
            int[] r;
            if (open >= 0 && close >= 0) {
                r = new int[] {open, close + tag[1].length(), 1};
            } else if (open >= 0) {
                r = new int[] {open, text.length(), 0};
            } else if (close >= 0) {
                r = new int[] {0, close + tag[1].length(), 1};
            } else {
                continue;
            }
            int anchor = open >= 0 ? open : close;
            if (best < 0 || anchor < best) {
                best = anchor;
                result = r;
            }
        }
        return result;
    }
}
