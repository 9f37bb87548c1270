package dev.exitscope.analysis.signals;

/**
 * A candidate answer appeared, ending at {@code token}, inside step {@code step} (the step being built when it
 * was seen; -1 when no segmenter runs).
 *
 * @param answer     the answer as written
 * @param normalized the answer after normalisation
 * @param source     how it was found ({@code boxed}, {@code answer-is}, {@code final-answer}, {@code mcq},
 *                   {@code trailing-number})
 */
public record CandidateSeen(int token, int step, String answer, String normalized, String source)
        implements SignalEvent {
}
