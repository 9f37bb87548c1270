package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Replays stopping policies over recorded traces, one {@link ReplayResult} per trace and configuration.
 *
 * <p>For each configuration: if {@link StoppingPolicy#needs} reports missing inputs, the row says
 * {@code replayable: false} with those needs and nothing else is computed (no answer, no fallback). Otherwise a
 * {@link PolicyDriver} reveals the trace's reasoning one token at a time — the tokens before
 * {@link ReplayTrace#reasoningEnd} ({@code thinkEnd}, or all of them when the trace marks no thinking block) — and
 * then signals the end of the reasoning. It stops at the first exit, which counts only when it keeps fewer tokens
 * than the reasoning has; the answer section after {@code thinkEnd} is never offered, so no rule can exit inside it.
 * The token accounting of each row follows {@link AnswerCost} ({@link TokenAccount}).
 *
 * <p>The answer at an exit is, in order: the probe the decision carries; the probe of the policy's
 * {@link StoppingPolicy#answerProbeKind()} at exactly {@code exitToken}, else the {@code forced} probe there
 * ({@code probe}); the last candidate answer inside the kept prefix that was known when the policy decided
 * ({@code candidate}: the run's own candidates when its signals reported any, else those of a paragraph-step
 * {@link dev.exitscope.analysis.signals.candidates.CandidateDetector} run once per trace); else none ({@code none}:
 * wrong when gold exists). A policy that never fires answers with the trace's final answer ({@code final}). See
 * {@link ReplayAnswers} for correctness and {@code answerChanged}.
 *
 * <p>Cost: one driver per configuration; a policy without signals pays only for its {@code onToken} calls. The
 * probe index, entropies and candidate answers are computed at most once per trace and shared by all configurations
 * ({@link #replayAll}). Threading: stateless; each call works on its own objects, so traces may be replayed on
 * several threads at once ({@link #replayCorpus} does).
 */
public final class ReplayEngine {
    private ReplayEngine() {
    }

    /** Replays one configuration on one trace, the answer cost {@link AnswerCost#RECORDED}. */
    public static ReplayResult replay(Trace trace, StoppingPolicy policy) {
        return replay(new ReplayTrace(trace), policy, AnswerCost.RECORDED, null).result();
    }

    /**
     * Replays one configuration on a trace whose shared work ({@link ReplayTrace}) is kept between calls, so that
     * replaying one changed configuration does not compute the trace's inputs again. One thread at a time per
     * {@code shared}.
     */
    public static ReplayResult replay(ReplayTrace shared, StoppingPolicy policy, AnswerCost answerCost) {
        return replay(shared, policy, answerCost, null).result();
    }

    /** {@link #replay(ReplayTrace, StoppingPolicy, AnswerCost)} keeping every decision, as {@link #log} does. */
    public static ReplayLog log(ReplayTrace shared, StoppingPolicy policy, AnswerCost answerCost) {
        return replay(shared, policy, answerCost, new ArrayList<>());
    }

    /** Replays every configuration on one trace ({@link AnswerCost#RECORDED}). */
    public static List<ReplayResult> replayAll(Trace trace, List<? extends StoppingPolicy> policies) {
        return replayAll(trace, policies, AnswerCost.RECORDED);
    }

    /** Replays every configuration on one trace, sharing per-trace work; rows in the order of {@code policies}. */
    public static List<ReplayResult> replayAll(Trace trace, List<? extends StoppingPolicy> policies,
                                               AnswerCost answerCost) {
        ReplayTrace shared = new ReplayTrace(trace);
        List<ReplayResult> out = new ArrayList<>(policies.size());
        for (StoppingPolicy p : policies) {
            out.add(replay(shared, p, answerCost, null).result());
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
        return replay(new ReplayTrace(trace), policy, AnswerCost.RECORDED, new ArrayList<>());
    }

    private static ReplayLog replay(ReplayTrace shared, StoppingPolicy policy, AnswerCost answerCost,
                                    @Nullable List<Decision> log) {
        Trace trace = shared.trace();
        List<String> needs = policy.needs(shared.inputs());
        if (!needs.isEmpty()) {
            return new ReplayLog(List.of(), null, ReplayAnswers.unreplayable(trace, policy, needs));
        }
        PolicyDriver driver = PolicyDriver.start(policy, shared.inputs());
        TracePrefix cursor = new TracePrefix(trace, shared::entropy);
        if (log == null) {
            driver.run(cursor, shared.reasoningEnd());
        } else {
            driver.follow(cursor, shared.reasoningEnd(), (d, decision) -> log.add(decision));
        }
        ReplayResult r = ReplayAnswers.result(shared, policy, driver.exit(), driver.decidedAt(),
                driver.overheadTokens(), driver.candidates(), answerCost);
        return new ReplayLog(log == null ? List.of() : log, driver.atEnd(), r);
    }
}
