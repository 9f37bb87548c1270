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

    /** Both tags start with {@code </}: one search for it finds the first of either. */
    private void scan(TraceSoFar soFar) {
        CharSequence text = soFar.text();
        int n = text.length();
        for (int i = soFar.indexOf("</", Math.max(0, scanned - LONGEST + 1)); i >= 0; i = soFar.indexOf("</", i + 1)) {
            if (tagAt(text, i, n)) {
                closeChar = i;
                break;
            }
        }
        scanned = n;
    }

    private static boolean tagAt(CharSequence text, int at, int n) {
        for (String tag : TAGS) {
            int len = tag.length();
            if (at + len <= n) {
                int k = 2;
                while (k < len && text.charAt(at + k) == tag.charAt(k)) {
                    k++;
                }
                if (k == len) {
                    return true;
                }
            }
        }
        return false;
    }
}
