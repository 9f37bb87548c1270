package dev.exitscope.analysis.io;

import dev.exitscope.analysis.text.TextTokenizer;
import dev.exitscope.analysis.trace.TokenLimitException;
import dev.exitscope.analysis.trace.TraceBuilder;

/**
 * Appends text that came without server tokens to a trace, split by {@link TextTokenizer}, with the builder's
 * token limit checked while splitting: a text over the limit fails after at most that many token offsets, before
 * any token string or column is made for it.
 */
public final class SplitText {
    private SplitText() {
    }

    /**
     * Splits {@code text} and appends its tokens (with unknown logprobs) to {@code b}.
     *
     * @return the number of tokens appended
     * @throws TokenLimitException when the trace would then hold more than {@link TraceBuilder#maxTokens()}
     */
    public static int append(TraceBuilder b, String text) {
        int[] ends = TextTokenizer.ends(text, b.maxTokens() - b.tokenCount());
        if (ends == null) {
            throw new TokenLimitException(b.maxTokens());
        }
        b.addTokens(text, ends, ends.length, null);
        return ends.length;
    }
}
