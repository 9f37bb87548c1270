package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import java.util.List;

/**
 * {@code budget}: s1's budget forcing (Muennighoff et al., arXiv 2501.19393), which counts thinking tokens only: once
 * {@code tokens} tokens of the reasoning have been seen (counted from {@link PolicyInputs#thinkStart()}, the
 * thinking block's opening tag, or the first token when the trace marks no block), the thinking is closed, keeping
 * {@code thinkStart + tokens} tokens. A trace whose reasoning ends within the budget is untouched (replay counts an
 * exit only inside the reasoning). Uses no signals. Immutable; runs are not thread-safe.
 */
public final class BudgetPolicy extends ConfiguredPolicy {
    public static final String NAME = "budget";
    public static final int DEFAULT_TOKENS = 4096;

    private final int tokens;

    public BudgetPolicy(PolicyParams params) {
        super(NAME, params);
        this.tokens = params.integer("tokens");
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "s1 budget forcing: close the thinking after `tokens` thinking tokens.",
                "s1 budget forcing (arXiv 2501.19393, simplescaling/s1); the answer needs a forced probe at the budget",
                List.of(), List.of(PolicyParam.integer("tokens", DEFAULT_TOKENS, 0, Integer.MAX_VALUE,
                        "thinking tokens kept before the thinking is closed")), BudgetPolicy::new);
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return List.of();
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        long limit = (long) inputs.thinkStart() + tokens;
        int keep = (int) Math.min(Integer.MAX_VALUE, limit);
        return new PolicyRun() {
            @Override
            public List<IncrementalSignal> signals() {
                return List.of();
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
                return soFar.tokenCount() >= keep ? Decision.exit(keep, ExitReason.BUDGET) : Decision.CONTINUE;
            }

            @Override
            public int nextCheckpoint(int seen) {
                return Math.max(seen + 1, keep);
            }

            @Override
            public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
                return soFar.tokenCount() >= keep ? Decision.exit(keep, ExitReason.BUDGET) : Decision.CONTINUE;
            }
        };
    }
}
