package dev.exitscope.analysis.signals;

/**
 * Something an incremental signal learned from the tokens seen so far: a step ended, a cue was seen, a candidate
 * answer appeared, a value was measured at a boundary. {@link #token()} is the token at which the event became
 * known — never later than the token being consumed when it was emitted.
 */
public sealed interface SignalEvent permits StepEnded, CueSeen, CandidateSeen, BoundaryValue {
    /** The token index the event refers to. */
    int token();
}
