package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.signals.TraceSoFar;

/**
 * Finds, in the text seen so far, the first closing tag of the thinking block ({@code </think>} or
 * {@code </Thought>}). Cue checkpoints after it belong to the answer, not to the reasoning, so DEER and LYNX ignore
 * them (DEER: "a natural {@code </think>} ends reasoning normally"). Replay already stops offering tokens at the end
 * of the reasoning; this catches a cue that follows the tag inside the same token, and a live stream whose owner has
 * not yet signalled the end. The text is searched only when a cue asks, from where the last search stopped
 * ({@link TraceSoFar#indexOf}: over a recorded trace, once per tag). One instance follows one trace; not
 * thread-safe.
 */
final class ThinkingEnd {
    private static final String[] TAGS = {"</think>", "</Thought>"};
    private static final int LONGEST = 10;
    private int scanned;
    private int closeChar = -1;

    /** Whether char {@code c} lies before the first closing tag in the text seen so far (or there is none). */
    boolean thinking(TraceSoFar soFar, int c) {
        if (closeChar < 0) {
            scan(soFar);
        }
        return closeChar < 0 || c < closeChar;
    }

    private void scan(TraceSoFar soFar) {
        int from = Math.max(0, scanned - LONGEST + 1);
        for (String tag : TAGS) {
            int i = soFar.indexOf(tag, from);
            if (i >= 0 && (closeChar < 0 || i < closeChar)) {
                closeChar = i;
            }
        }
        scanned = soFar.text().length();
    }
}
