package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.deviation.PathDeviation;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;

/**
 * {@code rpdi}: Reasoning Path Deviation Monitoring (arXiv 2603.14251; no public code). The run's
 * {@link PathDeviation} signal reports RPDI_t = LTF_t / GTF_t at boundary tokens once t + 1 ≥ max(window,
 * minTokens); the first value above {@code threshold} exits keeping {@code [0, t + 1)} (the boundary token
 * included; the paper forces {@code </think>} there). Defaults W = 16, λ = 1.5 and the boundary set come from a
 * third-party reading, not the authors' code. Immutable; runs are not thread-safe.
 */
public final class RpdiPolicy extends ConfiguredPolicy {
    public static final String NAME = "rpdi";

    private final int window;
    private final double threshold;
    private final int minTokens;
    private final String boundaries;

    public RpdiPolicy(PolicyParams p) {
        super(NAME, p);
        this.window = p.integer("window");
        this.threshold = p.number("threshold");
        this.minTokens = p.integer("minTokens");
        this.boundaries = Boundaries.decode(p.text("boundaries"));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Path deviation: exit at the first boundary token where RPDI (local over"
                        + " global mean entropy) exceeds `threshold`.",
                "RPDI (arXiv 2603.14251); defaults from a third-party reading", List.of("entropy"),
                List.of(PolicyParam.integer("window", PathDeviation.DEFAULT_WINDOW, 1, 1_000_000,
                                "W: tokens in the local mean"),
                        PolicyParam.number("threshold", 1.5, 0, 1000, "λ: exit when RPDI is above it"),
                        PolicyParam.integer("minTokens", PathDeviation.DEFAULT_WINDOW, 1, Integer.MAX_VALUE,
                                "no value before max(window, minTokens) tokens"),
                        PolicyParam.text("boundaries", Boundaries.DEFAULT,
                                "characters that make a token a checkpoint (\\n = newline)")),
                RpdiPolicy::new);
    }

    @Override
    public List<String> needs(Trace trace) {
        return entropyNeeds(trace);
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        List<IncrementalSignal> signals = List.of(new PathDeviation(window, minTokens, boundaries));
        return new PolicyRun() {
            @Override
            public List<IncrementalSignal> signals() {
                return signals;
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
                for (int i = 0, n = events.size(); i < n; i++) {
                    if (events.get(i) instanceof BoundaryValue b && b.value() > threshold) {
                        return Decision.exit(b.token() + 1, ExitReason.THRESHOLD);
                    }
                }
                return Decision.CONTINUE;
            }
        };
    }
}
