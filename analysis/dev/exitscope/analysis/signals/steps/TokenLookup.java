package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.TraceSoFar;

/**
 * Maps a char offset of the text seen so far to the token containing it, as {@link
 * dev.exitscope.analysis.text.TokenOffsets} does for whole traces: the last token starting at or before the offset,
 * so empty tokens contain no char. Incremental signals ask about offsets near the end of the text, so the search
 * walks back a few tokens before falling back to binary search. Stateless and thread-safe.
 */
public final class TokenLookup {
    private static final int LINEAR_STEPS = 8;

    private TokenLookup() {
    }

    /** The token containing char {@code c}, which must be a char already seen ({@code c < text().length()}). */
    public static int at(TraceSoFar soFar, int c) {
        int n = soFar.tokenCount();
        if (n <= 1) {
            return 0;
        }
        int i = n - 1;
        for (int k = 0; k < LINEAR_STEPS && i > 0; k++) {
            if (soFar.tokenStart(i) <= c) {
                return i;
            }
            i--;
        }
        int lo = 0;
        int hi = i;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (soFar.tokenStart(mid) <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
