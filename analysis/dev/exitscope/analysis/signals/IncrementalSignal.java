package dev.exitscope.analysis.signals;

import java.util.function.Consumer;

/**
 * The streaming form of a signal: told of each token as it arrives, it emits events using only the tokens seen so
 * far. Policies and live runs drive signals this way; whole-trace views run the same objects over the full
 * trace. One instance follows one trace; not thread-safe.
 */
public interface IncrementalSignal {
    /** Token {@code soFar.tokenCount() - 1} has just arrived. */
    void onToken(TraceSoFar soFar, Consumer<SignalEvent> events);

    /** The reasoning ended (end of thinking, or of generation without a thinking block); flush what is pending. */
    default void onEnd(TraceSoFar soFar, Consumer<SignalEvent> events) {
    }

    /**
     * Over a recorded trace: the smallest token count after {@code cursor.tokenCount()} at which this signal may emit
     * an event. A driver may then reveal the tokens before it without calling {@link #onToken}, so a signal that
     * says more than one token ahead must treat a call as covering every char that arrived since its last call.
     * The default, the next token, asks to be called at every token.
     */
    default int nextEvent(TracePrefix cursor) {
        return cursor.tokenCount() + 1;
    }
}
