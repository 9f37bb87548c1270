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
 * {@code ts}: temperature-scaled end of thinking (arXiv 2505.07961), greedy replay. Series
 * {@code eot} holds p_t, the probability of the end-of-thinking token at position t (a probability, not a
 * logprob; NaN = unknown, skipped). The boosted probability is p'_t = p_t·s / (p_t·s + 1 − p_t); the run exits at
 * the first t with p'_t ≥ 0.5, keeping {@code [0, t)}: thinking closes instead of token t. The scale s is a free
 * parameter (the paper's formula was not available). Immutable; runs are not thread-safe.
 */
public final class TsPolicy extends ConfiguredPolicy {
    public static final String NAME = "ts";
    public static final String SERIES = "eot";

    private final double scale;

    public TsPolicy(PolicyParams p) {
        super(NAME, p);
        this.scale = p.number("scale");
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Temperature-scaled end of thinking: exit before the first token where the"
                        + " boosted end-of-thinking probability p*s/(p*s+1-p) from series `eot` reaches 0.5.",
                "Temperature scaling (arXiv 2505.07961); greedy replay rule reconstructed",
                List.of("series:" + SERIES),
                List.of(PolicyParam.number("scale", 4, 1e-9, 1e12, "s: odds multiplier of the end-of-thinking token")),
                TsPolicy::new);
    }

    /** The boosted probability p·s / (p·s + 1 − p). */
    public static double boosted(double p, double s) {
        double ps = p * s;
        return ps / (ps + 1 - p);
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return seriesNeeds(inputs, SERIES);
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
                int t = soFar.tokenCount() - 1;
                float p = inputs.series(soFar, SERIES, t);
                if (p > 0 && boosted(Math.min(p, 1.0), scale) >= 0.5) {
                    return Decision.exit(t, ExitReason.THRESHOLD);
                }
                return Decision.CONTINUE;
            }
        };
    }
}
