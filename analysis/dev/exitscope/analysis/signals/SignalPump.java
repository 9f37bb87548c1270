package dev.exitscope.analysis.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds one token (or the end) to a fixed list of incremental signals, in list order, and hands back the events
 * they emitted for it. The returned list is a read-only view that the next call reuses, so a caller that keeps
 * events copies them. Every driver of incremental signals (policy replay, live runs, whole-trace signal runs) goes
 * through this class. One instance follows one trace; not thread-safe.
 */
public final class SignalPump {
    private final IncrementalSignal[] signals;
    private final ArrayList<SignalEvent> events = new ArrayList<>();
    private final List<SignalEvent> view = Collections.unmodifiableList(events);
    private final Consumer<SignalEvent> sink = events::add;

    public SignalPump(List<? extends IncrementalSignal> signals) {
        this.signals = signals.toArray(new IncrementalSignal[0]);
    }

    /** Whether there is no signal to feed (every call then returns an empty list). */
    public boolean isEmpty() {
        return signals.length == 0;
    }

    /** Token {@code soFar.tokenCount() - 1} arrived: the events every signal emitted for it. */
    public List<SignalEvent> onToken(TraceSoFar soFar) {
        events.clear();
        for (IncrementalSignal s : signals) {
            s.onToken(soFar, sink);
        }
        return view;
    }

    /**
     * The smallest token count after {@code cursor.tokenCount()} at which any signal may emit an event ({@link
     * IncrementalSignal#nextEvent}); {@link Integer#MAX_VALUE} without signals.
     */
    public int nextEvent(TracePrefix cursor) {
        int next = Integer.MAX_VALUE;
        for (IncrementalSignal s : signals) {
            next = Math.min(next, s.nextEvent(cursor));
        }
        return next;
    }

    /** The trace (or its reasoning) ended: the events every signal flushed. */
    public List<SignalEvent> onEnd(TraceSoFar soFar) {
        events.clear();
        for (IncrementalSignal s : signals) {
            s.onEnd(soFar, sink);
        }
        return view;
    }
}
