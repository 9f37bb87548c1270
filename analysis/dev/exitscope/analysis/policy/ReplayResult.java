package dev.exitscope.analysis.policy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a replay: a trace (or, for {@code ffs}, a group) under one policy configuration. Field names are
 * those of the {@code replay --json} output; the token accounting is described in {@code docs/policies.md}
 * ("Token accounting").
 *
 * @param trace          trace id; for {@code ffs} the group id
 * @param winner         for {@code ffs}: the id of the winning sample; null otherwise
 * @param exitToken      tokens kept (the prefix {@code [0, exitToken)}, inside the reasoning); null when the policy
 *                       never fired
 * @param tokensTotal    the trace's tokens; for {@code ffs} the tokens of all samples
 * @param tokensUsed     kept prefix + {@code answerCost} after an exit; {@code tokensTotal} when the policy never
 *                       fires; n × L_min for {@code ffs}
 * @param overheadTokens probe tokens the policy consumed up to its exit, less those counted as {@code answerCost}
 * @param answerCost     the tokens of the answer after the exit (see {@link AnswerCost}); without an exit the
 *                       trace's recorded answer section
 * @param saved          1 − tokensUsed ÷ tokensTotal
 * @param thinkingTokens the reasoning's tokens: reasoningEnd − thinkStart, tags included (the whole trace when it
 *                       marks no thinking block)
 * @param thinkingKept   the reasoning tokens kept: exitToken − thinkStart after an exit, else thinkingTokens
 * @param thinkingSaved  1 − thinkingKept ÷ thinkingTokens; null when thinkingTokens is 0
 * @param answerSource   {@code probe}, {@code candidate}, {@code none} or {@code final}
 * @param correct        correctness of {@code answer}; null without gold
 * @param correctFull    correctness of the full trace's final answer; null without gold
 * @param premature      correctFull and not correct
 * @param answerChanged  the answer at the exit differs from the full trace's final answer
 */
public record ReplayResult(String trace, @Nullable String winner, String policy, Map<String, String> params,
                           boolean replayable, List<String> needs, @Nullable Integer exitToken, ExitReason reason,
                           int tokensTotal, int tokensUsed, int overheadTokens, int answerCost, double saved,
                           int thinkingTokens, int thinkingKept, @Nullable Double thinkingSaved,
                           String answerSource, @Nullable String answer, @Nullable Boolean correct,
                           @Nullable Boolean correctFull, boolean premature, boolean answerChanged) {

    public ReplayResult {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        needs = List.copyOf(needs);
    }
}
