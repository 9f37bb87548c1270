package dev.exitscope.analysis.signals;

/**
 * A reflection cue matched; {@code token} is the token where the match ends.
 *
 * @param cue  the cue as listed (e.g. {@code Wait}, {@code hmm})
 * @param rule the matching rule that found it
 */
public record CueSeen(int token, String cue, CueRule rule) implements SignalEvent {
}
