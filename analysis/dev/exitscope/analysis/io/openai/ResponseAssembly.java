package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import dev.exitscope.analysis.io.LogprobColumns;
import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.trace.TraceBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Puts a response's parts in trace order: reasoning text, content text and the server tokens, which may cover
 * both texts, only the content, or nothing. Shared by every importer of a format with a separate reasoning field
 * (OpenAI-style chat and streams, Ollama) and by those without one. Stateless and thread-safe.
 */
public final class ResponseAssembly {
    private ResponseAssembly() {
    }

    /**
     * Writes one response into {@code b}. Reasoning that arrived in its own field forms the thinking block: when
     * the server tokens spell it, the block is the tokens covering it; when they spell only the content, the
     * reasoning is split into tokens of unknown logprob and put in front; otherwise the server tokens stand
     * alone. Without server tokens both texts are split. Without reasoning the builder finds any tagged block.
     *
     * @param p the parser, for the location of a token-limit error
     */
    public static void emit(LogprobColumns tokens, TraceBuilder b, @Nullable String reasoning,
                            @Nullable String content, JsonParser p) {
        tokens.flushPending();
        boolean hasReasoning = reasoning != null && !reasoning.isEmpty();
        if (tokens.size() == 0) {
            tokens.addText(p, reasoning);
            int thinkEnd = tokens.size();
            tokens.addText(p, content);
            tokens.emit(b, p);
            if (hasReasoning) {
                b.thinkRange(0, thinkEnd);
            }
            return;
        }
        if (!hasReasoning) {
            tokens.emit(b, p);
            return;
        }
        int covered = tokensCovering(tokens, reasoning);
        if (covered >= 0) {
            tokens.emit(b, p);
            b.thinkRange(0, covered);
        } else if (content == null || spells(tokens, content)) {
            int[] parts = new int[1];
            tokens.guarded(p, () -> parts[0] = SplitText.append(b, reasoning));
            tokens.emit(b, p);
            b.thinkRange(0, parts[0]);
        } else {
            tokens.emit(b, p);
        }
    }

    /**
     * How many leading tokens spell {@code prefix}: the tokens up to and including the one holding its last char,
     * or -1 when the token texts do not start with it.
     */
    static int tokensCovering(LogprobColumns tokens, String prefix) {
        int n = prefix.length();
        if (n == 0) {
            return 0;
        }
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.text(i);
            int take = Math.min(t.length(), n - at);
            if (!t.regionMatches(0, prefix, at, take)) {
                return -1;
            }
            at += take;
            if (at == n) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the token texts concatenate to exactly {@code s}. */
    static boolean spells(LogprobColumns tokens, String s) {
        return s.length() == tokens.textLength() && (tokens.size() == 0 || tokensCovering(tokens, s) == tokens.size());
    }
}
