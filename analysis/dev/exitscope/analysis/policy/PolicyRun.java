package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import java.util.List;

/**
 * One policy following one trace, token by token — on a recorded trace in replay, on a generating model live.
 * A {@link PolicyDriver} feeds each token's events from the run's own {@link #signals()} (fresh instances: the
 * policy's segmenter and cue rule) and asks for a decision; after an exit the run is not called again. Not
 * thread-safe.
 */
public interface PolicyRun {
    /** The incremental signals whose events this run reads; owned by the run, driven by the caller. */
    List<IncrementalSignal> signals();

    /** Token {@code soFar.tokenCount() - 1} arrived; {@code events} are what the signals emitted for it. */
    Decision onToken(TraceSoFar soFar, List<SignalEvent> events);

    /**
     * The reasoning ended (in replay at {@code thinkEnd}, or the trace's end without a thinking block; live when the
     * model closes its thinking or stops): {@code events} are what the signals flushed; a last chance to exit.
     */
    default Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
        return Decision.CONTINUE;
    }

    /**
     * The smallest token count after {@code seen} at which {@link #onToken} may decide anything but {@link
     * Decision#CONTINUE} when its signals emit nothing before it (Dynasor's next chunk boundary, a budget's limit;
     * {@link Integer#MAX_VALUE} for a run that acts only on its signals' events). A driver of a recorded trace may
     * reveal the tokens before the earlier of this and the signals' next event without calling the run, so a run
     * that says more than one token ahead must not count on seeing every token. The default, {@code seen + 1},
     * asks at every token.
     */
    default int nextCheckpoint(int seen) {
        return seen + 1;
    }

    /** Probe tokens consumed up to now (trial answers the policy asked for), for the overhead accounting. */
    default int overheadTokens() {
        return 0;
    }
}
