package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Replays stopping policies over recorded traces, one {@link ReplayResult} per trace and configuration.
 *
 * <p>For each configuration: if {@link StoppingPolicy#needs} reports missing inputs, the row says
 * {@code replayable: false} with those needs and nothing else is computed (no answer, no fallback). Otherwise the
 * engine reveals the trace's tokens one at a time; after each token it lets the run's own
 * {@link PolicyRun#signals() signals} emit that token's events (in list order) and calls
 * {@link PolicyRun#onToken}. It stops at the first exit; when none comes, it flushes the signals' end events into
 * {@link PolicyRun#onEnd}. Every token of the trace is offered (thinking and answer alike); {@code tokensTotal} is
 * the trace's token count. A decision may keep a shorter prefix than it has seen, never a longer one.
 *
 * <p>The answer at an exit is, in order: the probe the decision carries; the probe of the policy's
 * {@link StoppingPolicy#answerProbeKind()} at exactly {@code exitToken}, else the {@code forced} probe there
 * ({@code probe}); the last candidate answer inside the kept prefix that was known when the policy decided
 * ({@code candidate}: the run's own candidates when its signals reported any, else those of a paragraph-step
 * {@link dev.exitscope.analysis.signals.candidates.CandidateDetector} run once per trace); else none
 * ({@code none}: wrong when gold exists). A policy that never fires answers with the
 * trace's final answer ({@code final}). See {@link ReplayAnswers} for correctness and {@code answerChanged}.
 *
 * <p>Cost: one loop per configuration with a reused event list; a policy without signals pays only for its
 * {@code onToken} calls. Entropies and candidate answers are computed at most once per trace and shared by all
 * configurations ({@link #replayAll}). Threading: stateless; each call works on its own objects, so traces may be
 * replayed on several threads at once ({@link #replayCorpus} does).
 */
public final class ReplayEngine {
    private ReplayEngine() {
    }

    /** Replays one configuration on one trace. */
    public static ReplayResult replay(Trace trace, StoppingPolicy policy) {
        return replay(new ReplayTrace(trace), policy, null).result();
    }

    /** Replays every configuration on one trace, sharing per-trace work; rows in the order of {@code policies}. */
    public static List<ReplayResult> replayAll(Trace trace, List<? extends StoppingPolicy> policies) {
        ReplayTrace shared = new ReplayTrace(trace);
        List<ReplayResult> out = new ArrayList<>(policies.size());
        for (StoppingPolicy p : policies) {
            out.add(replay(shared, p, null).result());
        }
        return out;
    }

    /**
     * Replays every configuration on every trace, traces in parallel on the common pool; rows ordered by trace,
     * then configuration.
     */
    public static List<ReplayResult> replayCorpus(List<Trace> traces, List<? extends StoppingPolicy> policies) {
        return traces.parallelStream()
                .map(t -> replayAll(t, policies))
                .flatMap(List::stream)
                .collect(Collectors.toList());
    }

    /** Replays one configuration and keeps every decision (one per token offered, then the end). */
    public static ReplayLog log(Trace trace, StoppingPolicy policy) {
        return replay(new ReplayTrace(trace), policy, new ArrayList<>());
    }

    private static ReplayLog replay(ReplayTrace shared, StoppingPolicy policy, @Nullable List<Decision> log) {
        Trace trace = shared.trace();
        List<String> needs = policy.needs(trace);
        if (!needs.isEmpty()) {
            return new ReplayLog(List.of(), null, ReplayAnswers.unreplayable(trace, policy, needs));
        }
        PolicyRun run = policy.start(shared.inputs());
        IncrementalSignal[] signals = run.signals().toArray(new IncrementalSignal[0]);
        TracePrefix cursor = new TracePrefix(shared.trace(), shared::entropy);
        ArrayList<SignalEvent> events = new ArrayList<>();
        List<SignalEvent> view = Collections.unmodifiableList(events);
        Consumer<SignalEvent> sink = events::add;
        List<ReplayTrace.Known> own = new ArrayList<>();
        Decision d = Decision.CONTINUE;
        int decidedAt = 0;
        while (cursor.advance()) {
            if (signals.length > 0) {
                events.clear();
                for (IncrementalSignal s : signals) {
                    s.onToken(cursor, sink);
                }
                keepCandidates(events, cursor.tokenCount(), own);
            }
            d = run.onToken(cursor, view);
            if (log != null) {
                log.add(d);
            }
            if (d.exit()) {
                decidedAt = cursor.tokenCount();
                break;
            }
        }
        Decision atEnd = null;
        if (!d.exit()) {
            events.clear();
            for (IncrementalSignal s : signals) {
                s.onEnd(cursor, sink);
            }
            keepCandidates(events, cursor.tokenCount() + 1, own);
            d = run.onEnd(cursor, view);
            atEnd = d;
            decidedAt = cursor.tokenCount() + 1;
        }
        if (d.exit() && d.exitToken() > cursor.tokenCount()) {
            throw new IllegalStateException("policy " + policy.name() + " kept " + d.exitToken()
                    + " tokens after seeing only " + cursor.tokenCount());
        }
        ReplayResult r = ReplayAnswers.result(shared, policy, d.exit() ? d : null, decidedAt,
                run.overheadTokens(), own);
        return new ReplayLog(log == null ? List.of() : log, atEnd, r);
    }

    private static void keepCandidates(List<SignalEvent> events, int knownAt, List<ReplayTrace.Known> own) {
        for (int i = 0, n = events.size(); i < n; i++) {
            if (events.get(i) instanceof dev.exitscope.analysis.signals.CandidateSeen c) {
                own.add(new ReplayTrace.Known(c, knownAt));
            }
        }
    }
}
