package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.SignalPump;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.TraceSoFar;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one loop that follows a policy run over a growing trace, recorded or live. The owner of the trace calls
 * {@link #onToken} each time a token has arrived and {@link #onEnd} when the reasoning (or the generation) ends;
 * the driver lets the run's own signals emit their events for that token through a {@link SignalPump}, asks the
 * run for its decision, keeps the candidate answers the run's signals reported (with the moment each became known)
 * and stops at the first exit: after it, further calls return the same exit without calling the run. A decision may
 * keep fewer tokens than were seen, never more.
 *
 * <p>{@link #follow} is the recorded-trace form of the loop: it reveals a {@link TracePrefix} up to a limit and
 * tells an {@link Observer} of every decision. Replay, the missing-probe check of the probe policies and live runs
 * all use this class. One driver follows one run; not thread-safe.
 */
public final class PolicyDriver {
    /** Told of each decision as it is made; returns false to stop following early (no end is signalled then). */
    @FunctionalInterface
    public interface Observer {
        boolean afterToken(PolicyDriver driver, Decision decision);
    }

    private final String policy;
    private final PolicyRun run;
    private final SignalPump pump;
    private final List<ReplayTrace.Known> candidates = new ArrayList<>();
    private @Nullable Decision exit;
    private @Nullable Decision atEnd;
    private int decidedAt;
    private boolean ended;

    /** A driver of {@code run}, a run of the policy named {@code policy} (named in errors). */
    public PolicyDriver(String policy, PolicyRun run) {
        this.policy = policy;
        this.run = run;
        this.pump = new SignalPump(run.signals());
    }

    /** Starts a run of {@code policy} on {@code inputs} and drives it. */
    public static PolicyDriver start(StoppingPolicy policy, PolicyInputs inputs) {
        return new PolicyDriver(policy.name(), policy.start(inputs));
    }

    /** Token {@code soFar.tokenCount() - 1} has arrived: the run's decision for it. */
    public Decision onToken(TraceSoFar soFar) {
        if (exit != null) {
            return exit;
        }
        if (ended) {
            throw new IllegalStateException("the trace has already ended");
        }
        List<SignalEvent> events = pump.onToken(soFar);
        keepCandidates(events, soFar.tokenCount());
        return decide(run.onToken(soFar, events), soFar.tokenCount(), soFar);
    }

    /** The reasoning or the generation ended after {@code soFar.tokenCount()} tokens: the run's last chance. */
    public Decision onEnd(TraceSoFar soFar) {
        if (exit != null) {
            return exit;
        }
        if (ended) {
            throw new IllegalStateException("the trace has already ended");
        }
        ended = true;
        List<SignalEvent> events = pump.onEnd(soFar);
        keepCandidates(events, soFar.tokenCount() + 1);
        Decision d = decide(run.onEnd(soFar, events), soFar.tokenCount() + 1, soFar);
        atEnd = d;
        return d;
    }

    /**
     * Reveals {@code cursor} token by token up to {@code limit} tokens, deciding after each and telling
     * {@code observer}; stops at the first exit or when the observer says so; when neither happens, signals the
     * end. Returns this driver.
     */
    public PolicyDriver follow(TracePrefix cursor, int limit, Observer observer) {
        while (cursor.advanceWithin(limit)) {
            Decision d = onToken(cursor);
            if (!observer.afterToken(this, d) || d.exit()) {
                return this;
            }
        }
        onEnd(cursor);
        return this;
    }

    /**
     * {@link #follow} without an observer: the same exit, found faster. The run is asked only at the earlier of its
     * {@link PolicyRun#nextCheckpoint checkpoint} and the next token at which one of its signals may emit an event
     * ({@link SignalPump#nextEvent}); the tokens between are revealed without calling either. Returns this driver.
     */
    public PolicyDriver run(TracePrefix cursor, int limit) {
        while (cursor.tokenCount() < limit) {
            int seen = cursor.tokenCount();
            int next = Math.min(limit, Math.max(seen + 1, Math.min(run.nextCheckpoint(seen), pump.nextEvent(cursor))));
            cursor.advanceTo(next - 1);
            if (!cursor.advanceWithin(limit)) {
                break;
            }
            if (onToken(cursor).exit()) {
                return this;
            }
        }
        onEnd(cursor);
        return this;
    }

    private Decision decide(Decision d, int at, TraceSoFar soFar) {
        if (d.exit()) {
            if (d.exitToken() > soFar.tokenCount()) {
                throw new IllegalStateException("policy " + policy + " kept " + d.exitToken()
                        + " tokens after seeing only " + soFar.tokenCount());
            }
            exit = d;
            decidedAt = at;
        }
        return d;
    }

    private void keepCandidates(List<SignalEvent> events, int knownAt) {
        for (int i = 0, n = events.size(); i < n; i++) {
            if (events.get(i) instanceof CandidateSeen c) {
                candidates.add(new ReplayTrace.Known(c, knownAt));
            }
        }
    }

    /** The run being driven. */
    public PolicyRun run() {
        return run;
    }

    /** The exit, once the run has decided on one; null before (and when it never does). */
    public @Nullable Decision exit() {
        return exit;
    }

    /** The decision at the end, null when the end was not signalled (the run exited first, or was stopped). */
    public @Nullable Decision atEnd() {
        return atEnd;
    }

    /** Tokens consumed when the exit was decided (the token count + 1 when decided at the end); 0 without exit. */
    public int decidedAt() {
        return decidedAt;
    }

    /** The run's probe overhead so far. */
    public int overheadTokens() {
        return run.overheadTokens();
    }

    /** Candidates the run's own signals reported, in order, with when each became known. */
    List<ReplayTrace.Known> candidates() {
        return candidates;
    }
}
