package dev.exitscope.inference.run;

/** Why a generation ended. Only {@link #STOP} and {@link #LENGTH} leave a complete trace. */
public enum FinishReason {
    /** The model ended it: an end-of-sequence token or a stop string. */
    STOP,
    /** The token cap was reached. */
    LENGTH,
    /** A stopping policy ended it (live stopping). */
    POLICY,
    /** The user cancelled it. */
    CANCELLED,
    /** The connection or the stream broke before the end; what arrived is kept. */
    DROPPED;

    /** Whether the trace ended the way the engine meant it to, as opposed to being cut short. */
    public boolean complete() {
        return this == STOP || this == LENGTH || this == POLICY;
    }
}
