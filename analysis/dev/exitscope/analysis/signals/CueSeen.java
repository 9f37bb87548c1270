package dev.exitscope.analysis.signals;

/**
 * A reflection cue matched; {@code token} is the token where the match ends, {@code startChar} the char offset of
 * the match's first char in the trace text (so a policy that acts on the prefix before the cue needs no second
 * search: the token holding {@code startChar} is the first token it excludes).
 *
 * @param cue       the cue as listed (e.g. {@code Wait}, {@code hmm})
 * @param rule      the matching rule that found it
 * @param startChar where the match starts in the text; the match is {@code [startChar, startChar + cue.length())}
 */
public record CueSeen(int token, String cue, CueRule rule, int startChar) implements SignalEvent {
}
