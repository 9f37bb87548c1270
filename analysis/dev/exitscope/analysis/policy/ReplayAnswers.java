package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds replay rows: whether an exit counts, the answer at it, its correctness and the token accounting
 * ({@link TokenAccount}).
 *
 * <ul>
 *   <li>An exit counts only when it keeps fewer tokens than {@link ReplayTrace#reasoningEnd}: one at or after the
 *       end of the reasoning has not fired ({@code reason: none}, the full trace is used).</li>
 *   <li>{@code correct}: null without gold; false when there is no answer; otherwise answer-checker equivalence
 *       with the gold under the question's answer type. For {@code final} it is the trace's own
 *       {@code finalAnswer().correct()}, so a policy that never fires is never premature.</li>
 *   <li>{@code answerChanged}: the answer at the exit and the trace's final answer are both present and not
 *       equivalent, or exactly one of them is missing. Two missing answers are unchanged; so is every
 *       {@code final} row.</li>
 *   <li>{@code premature}: {@code correctFull} is true and {@code correct} is not true.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class ReplayAnswers {
    private ReplayAnswers() {
    }

    /** The row of a trace the policy cannot replay: needs listed, no answer, nothing counted as saved. */
    public static ReplayResult unreplayable(Trace trace, StoppingPolicy policy, List<String> needs) {
        TokenAccount a = TokenAccount.full(trace, 0);
        return new ReplayResult(trace.id(), null, policy.name(), policy.params(), false, needs, null,
                ExitReason.NONE, a.total(), a.used(), 0, a.answerCost(), 0.0, a.thinkingTokens(), a.thinkingKept(),
                a.thinkingSaved(), "none", null, null, null, false, false);
    }

    /**
     * The row for a run that exited with {@code exit} (null: never fired), decided after {@code decidedAt} tokens,
     * with the answer cost counted by {@code mode}.
     */
    public static ReplayResult result(ReplayTrace shared, StoppingPolicy policy, @Nullable Decision exit,
                                      int decidedAt, int overhead, AnswerCost mode) {
        return result(shared, policy, exit, decidedAt, overhead, List.of(), mode);
    }

    static ReplayResult result(ReplayTrace shared, StoppingPolicy policy, @Nullable Decision exit, int decidedAt,
                               int overhead, List<ReplayTrace.Known> own, AnswerCost mode) {
        Trace trace = shared.trace();
        FinalAnswer fin = trace.finalAnswer();
        Boolean correctFull = fin.correct();
        if (exit == null || exit.exitToken() >= shared.reasoningEnd()) {
            TokenAccount a = TokenAccount.full(trace, overhead);
            return new ReplayResult(trace.id(), null, policy.name(), policy.params(), true, List.of(), null,
                    ExitReason.NONE, a.total(), a.used(), a.overhead(), a.answerCost(), a.saved(),
                    a.thinkingTokens(), a.thinkingKept(), a.thinkingSaved(), "final", fin.answer(), correctFull,
                    correctFull, false, false);
        }
        int kept = exit.exitToken();
        String source;
        String answer;
        Probe probe = exit.probe() != null ? exit.probe() : probeAt(shared, policy.answerProbeKind(), kept);
        if (probe != null) {
            source = "probe";
            answer = probe.answer();
        } else {
            CandidateSeen c = own.isEmpty() ? shared.lastCandidate(kept, decidedAt)
                    : ReplayTrace.lastCandidate(own, kept, decidedAt);
            source = c == null ? "none" : "candidate";
            answer = c == null ? null : c.answer();
        }
        ReplayTrace.Checked checked = shared.check(answer);
        Boolean correct = checked.correct();
        boolean premature = Boolean.TRUE.equals(correctFull) && !Boolean.TRUE.equals(correct);
        TokenAccount a = TokenAccount.exit(trace, kept, overhead, mode, probe, exit.probe() != null);
        return new ReplayResult(trace.id(), null, policy.name(), policy.params(), true, List.of(), kept,
                exit.reason(), a.total(), a.used(), a.overhead(), a.answerCost(), a.saved(), a.thinkingTokens(),
                a.thinkingKept(), a.thinkingSaved(), source, answer, correct, correctFull, premature,
                checked.changed());
    }

    private static @Nullable Probe probeAt(ReplayTrace shared, String kind, int at) {
        Probe own = shared.probes().at(kind, at);
        return own != null ? own : shared.probes().at("forced", at);
    }

    /** Correctness of {@code answer} against {@code gold}: null without gold, false without an answer. */
    public static @Nullable Boolean correctness(@Nullable String answer, @Nullable String gold,
                                                @Nullable AnswerType type) {
        if (gold == null) {
            return null;
        }
        return answer != null && AnswerEquivalence.equivalent(answer, gold, type);
    }

    /** Whether an answer differs from the final one, with the null rules of the class comment. */
    public static boolean changed(@Nullable String answer, @Nullable String finalAnswer, @Nullable AnswerType type) {
        if (answer == null || finalAnswer == null) {
            return (answer == null) != (finalAnswer == null);
        }
        return !AnswerEquivalence.equivalent(answer, finalAnswer, type);
    }
}
