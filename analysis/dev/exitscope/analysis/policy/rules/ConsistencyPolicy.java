package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.candidates.CandidateDetector;
import dev.exitscope.analysis.signals.candidates.ConsistencyTracker;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.StepTyper;
import java.util.List;

/**
 * {@code consistency}: text-only answer consistency. Candidates from the rule-based detector are fed to a
 * {@link ConsistencyTracker} (answer-checker equivalence with the question's answer type); when the last {@code n}
 * candidates agree, the run exits keeping {@code [0, t + 1)} where t is the token of the n-th agreeing candidate.
 * The text-only analogue of Dynasor's probe agreement (arXiv 2412.20993), reconstructed. Immutable; runs are not
 * thread-safe.
 */
public final class ConsistencyPolicy extends ConfiguredPolicy {
    public static final String NAME = "consistency";

    private final int n;
    private final SegmenterKind segmenter;

    public ConsistencyPolicy(PolicyParams p) {
        super(NAME, p);
        this.n = p.integer("n");
        this.segmenter = SegmenterKind.of(p.text("segmenter"));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Answer consistency: exit when the last `n` candidate answers agree.",
                "reconstructed text-only analogue of Dynasor-CoT's agreement rule (arXiv 2412.20993)",
                List.of("candidates"),
                List.of(PolicyParam.integer("n", 3, 1, 1_000_000, "agreeing consecutive candidates needed"),
                        PolicyParam.choice("segmenter", "paragraph", FirstKPolicy.SEGMENTERS,
                                "steps for trailing-number candidates of conclusion steps")),
                ConsistencyPolicy::new);
    }

    /** Never reports {@code candidates}: candidates are read from the trace's own text (see docs/policies.md). */
    @Override
    public List<String> needs(PolicyInputs inputs) {
        return List.of();
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        List<IncrementalSignal> signals = List.of(new CandidateDetector(segmenter.create(StepTyper.defaults())));
        ConsistencyTracker tracker = new ConsistencyTracker(inputs.answerType());
        return new PolicyRun() {
            @Override
            public List<IncrementalSignal> signals() {
                return signals;
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
                for (int i = 0, size = events.size(); i < size; i++) {
                    if (events.get(i) instanceof CandidateSeen c) {
                        tracker.accept(c);
                        if (tracker.lastAgree(n)) {
                            return Decision.exit(c.token() + 1, ExitReason.CONSISTENT);
                        }
                    }
                }
                return Decision.CONTINUE;
            }

            @Override
            public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
                return onToken(soFar, events);
            }
        };
    }
}
