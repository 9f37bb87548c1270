package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.signals.TraceSoFar;

/**
 * Watches the text as it arrives for the closing tag of the thinking block ({@code </think>} or
 * {@code </Thought>}) and remembers where the first one starts. Cue checkpoints after it belong to the answer, not
 * to the reasoning, so DEER and LYNX ignore them (DEER: "a natural {@code </think>} ends reasoning normally").
 * Reads each char at most a few times. One instance follows one trace; not thread-safe.
 */
final class ThinkingEnd {
    private static final String[] TAGS = {"</think>", "</Thought>"};
    private static final int LONGEST = 10;
    private int scanned;
    private int closeChar = -1;

    /** Reads the text that arrived since the last call. */
    void update(TraceSoFar soFar) {
        if (closeChar >= 0) {
            return;
        }
        CharSequence text = soFar.text();
        int from = Math.max(0, scanned - LONGEST + 1);
        String window = text.subSequence(from, text.length()).toString();
        int best = -1;
        for (String tag : TAGS) {
            int i = window.indexOf(tag);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        if (best >= 0) {
            closeChar = from + best;
        }
        scanned = text.length();
    }

    /** Whether char {@code c} lies before the first closing tag seen so far (or no tag was seen). */
    boolean thinking(int c) {
        return closeChar < 0 || c < closeChar;
    }
}
