package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ReplayAnswers;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.ReplayTrace;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Replays the configurations of one sweep on a trace: in one pass through a {@link MonotoneSweep} when one is
 * known for the swept policy and parameter ({@link #KNOWN}), otherwise one engine replay per grid point (sharing
 * the engine's per-trace work). Immutable; thread-safe.
 */
public final class SweepReplay {
    /** The one-pass sweeps, by {@code policy:param}. */
    public static final Map<String, MonotoneSweep> KNOWN = Map.of(
            "budget:tokens", new BudgetSweep(),
            "entropy:threshold", new EntropySweep(),
            "scm:k", new ScmSweep());

    private final List<StoppingPolicy> configurations;
    private final @Nullable MonotoneSweep onePass;

    public SweepReplay(List<StoppingPolicy> configurations, String policy, String param) {
        this(configurations, KNOWN.get(policy + ":" + param));
    }

    SweepReplay(List<StoppingPolicy> configurations, @Nullable MonotoneSweep onePass) {
        this.configurations = List.copyOf(configurations);
        this.onePass = onePass;
    }

    public List<StoppingPolicy> configurations() {
        return configurations;
    }

    /** Whether the sweep runs in one pass per trace. */
    public boolean onePass() {
        return onePass != null;
    }

    /** One row per configuration, in grid order, the answer cost {@link AnswerCost#RECORDED}. */
    public List<ReplayResult> replay(Trace trace) {
        return replay(trace, AnswerCost.RECORDED);
    }

    /** One row per configuration, in grid order, the answer cost counted by {@code answerCost}. */
    public List<ReplayResult> replay(Trace trace, AnswerCost answerCost) {
        if (onePass == null || configurations.isEmpty()) {
            return ReplayEngine.replayAll(trace, configurations, answerCost);
        }
        List<ReplayResult> out = new ArrayList<>(configurations.size());
        ReplayTrace shared = new ReplayTrace(trace);
        List<String> needs = configurations.get(0).needs(shared.inputs());
        if (!needs.isEmpty()) {
            configurations.forEach(c -> out.add(ReplayAnswers.unreplayable(trace, c, needs)));
            return out;
        }
        SweepExit[] exits = onePass.exits(trace, configurations);
        for (int i = 0; i < exits.length; i++) {
            SweepExit e = exits[i];
            Decision d = e == null ? null : Decision.exit(e.exitToken(), e.reason());
            out.add(ReplayAnswers.result(shared, configurations.get(i), d, e == null ? 0 : e.decidedAt(), 0,
                    answerCost));
        }
        return out;
    }
}
