package dev.exitscope.analysis.signals;

import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/** Drives incremental signals over a recorded trace, token by token, and collects their events in order. */
public final class IncrementalRunner {
    private IncrementalRunner() {
    }

    /** Runs every signal over the first {@code limit} tokens (then signals their end) and returns all events. */
    public static List<SignalEvent> run(Trace trace, int limit, List<? extends IncrementalSignal> signals) {
        List<SignalEvent> events = new ArrayList<>();
        TracePrefix prefix = new TracePrefix(trace);
        while (prefix.tokenCount() < limit && prefix.advance()) {
            for (IncrementalSignal s : signals) {
                s.onToken(prefix, events::add);
            }
        }
        for (IncrementalSignal s : signals) {
            s.onEnd(prefix, events::add);
        }
        return events;
    }

    public static List<SignalEvent> run(Trace trace, List<? extends IncrementalSignal> signals) {
        return run(trace, trace.tokenCount(), signals);
    }
}
