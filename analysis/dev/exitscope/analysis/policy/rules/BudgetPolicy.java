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
import dev.exitscope.analysis.trace.Trace;
import java.util.List;

/**
 * {@code budget}: s1's token budget (arXiv 2501.19393). Exits once {@code tokens} tokens have been seen, keeping
 * exactly that many; a trace no longer than the budget ends on its own (never fires), except that a trace of
 * exactly {@code tokens} tokens exits at its last token. Uses no signals. Immutable; runs are not thread-safe.
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
        return PolicyDescriptor.of(NAME, "s1 token budget: exit after `tokens` tokens.",
                "s1 budget forcing (arXiv 2501.19393); the answer needs a forced probe at the budget",
                List.of(), List.of(PolicyParam.integer("tokens", DEFAULT_TOKENS, 0, Integer.MAX_VALUE,
                        "tokens kept before the thinking is closed")), BudgetPolicy::new);
    }

    @Override
    public List<String> needs(Trace trace) {
        return List.of();
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new PolicyRun() {
            @Override
            public List<IncrementalSignal> signals() {
                return List.of();
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
                return soFar.tokenCount() >= tokens ? Decision.exit(tokens, ExitReason.BUDGET) : Decision.CONTINUE;
            }

            @Override
            public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
                return soFar.tokenCount() >= tokens ? Decision.exit(tokens, ExitReason.BUDGET) : Decision.CONTINUE;
            }
        };
    }
}
