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
 * {@code scm}: SCM's Delay-k rule (arXiv 2506.09996; ICTMCG/SCM utils/metrics.py {@code evaluate_k}). Counts
 * tokens whose series {@code harm} value is ≥ {@code theta} (cumulative, not consecutive; NaN values do not
 * count); at the token t where the count reaches {@code k} the run exits keeping {@code [0, t + 1)}: the detection
 * token itself is kept. Immutable; runs are not thread-safe.
 */
public final class ScmPolicy extends ConfiguredPolicy {
    public static final String NAME = "scm";
    public static final String SERIES = "harm";

    private final double theta;
    private final int k;

    public ScmPolicy(PolicyParams p) {
        super(NAME, p);
        this.theta = p.number("theta");
        this.k = p.integer("k");
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "SCM Delay-k: exit when the cumulative count of tokens with series `harm`"
                        + " >= `theta` reaches `k`.",
                "SCM / FineHarm (arXiv 2506.09996), ICTMCG/SCM; k = 4 as in the paper",
                List.of("series:" + SERIES),
                List.of(PolicyParam.number("theta", 0.5, 0, 1, "harm probability that counts a token"),
                        PolicyParam.integer("k", 4, 1, Integer.MAX_VALUE, "counted tokens that stop the output")),
                ScmPolicy::new);
    }

    @Override
    public List<String> needs(Trace trace) {
        return seriesNeeds(trace, SERIES);
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new PolicyRun() {
            private int count;

            @Override
            public List<IncrementalSignal> signals() {
                return List.of();
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
                int t = soFar.tokenCount() - 1;
                float h = inputs.series(soFar, SERIES, t);
                if (h >= theta && ++count >= k) {
                    return Decision.exit(t + 1, ExitReason.HARM);
                }
                return Decision.CONTINUE;
            }
        };
    }
}
