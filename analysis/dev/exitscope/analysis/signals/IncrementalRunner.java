package dev.exitscope.analysis.signals;

import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives incremental signals over a recorded trace, token by token, through a {@link SignalPump}, and collects
 * their events in order. Stateless.
 */
public final class IncrementalRunner {
    private IncrementalRunner() {
    }

    /** Runs every signal over the first {@code limit} tokens (then signals their end) and returns all events. */
    public static List<SignalEvent> run(Trace trace, int limit, List<? extends IncrementalSignal> signals) {
        return run(new TracePrefix(trace), limit, signals);
    }

    /** Runs every signal over a fresh prefix (no token revealed yet) up to {@code limit} tokens. */
    public static List<SignalEvent> run(TracePrefix prefix, int limit, List<? extends IncrementalSignal> signals) {
        if (prefix.tokenCount() != 0) {
            throw new IllegalArgumentException("the prefix has already advanced");
        }
        List<SignalEvent> events = new ArrayList<>();
        SignalPump pump = new SignalPump(signals);
        while (prefix.advanceWithin(limit)) {
            events.addAll(pump.onToken(prefix));
        }
        events.addAll(pump.onEnd(prefix));
        return events;
    }

    public static List<SignalEvent> run(Trace trace, List<? extends IncrementalSignal> signals) {
        return run(trace, trace.tokenCount(), signals);
    }
}
