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
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.candidates.CandidateDetector;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.StepTyper;
import java.util.Arrays;
import java.util.List;

/**
 * {@code firstk}: First Try Matters (arXiv 2510.08308) as FirstK(k). A candidate detector with
 * the policy's segmenter (lines, as in the paper) reports candidates and steps; when the k-th candidate has been
 * seen, the run exits as soon as the step holding it ends, keeping {@code [0, step end)}. A step still open when
 * the trace ends closes there. The paper's learned detector (CAD) and reflection controller (QRC) are replaced by
 * the rule-based detector and a fixed k. Immutable; runs are not thread-safe.
 */
public final class FirstKPolicy extends ConfiguredPolicy {
    public static final String NAME = "firstk";
    static final List<String> SEGMENTERS = List.of("line", "paragraph", "sentence", "puma", "puma-size");

    private final int k;
    private final SegmenterKind segmenter;

    public FirstKPolicy(PolicyParams p) {
        super(NAME, p);
        this.k = p.integer("k");
        this.segmenter = SegmenterKind.of(p.text("segmenter"));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "First Try Matters: exit at the end of the step holding the k-th candidate"
                        + " answer.",
                "First Try Matters (arXiv 2510.08308); rule-based candidates instead of CAD, fixed k"
                        + " instead of QRC", List.of("candidates"),
                List.of(PolicyParam.integer("k", 1, 1, 1_000_000, "exit after the step of this candidate"),
                        PolicyParam.choice("segmenter", "line", SEGMENTERS, "step segmenter (the paper: lines)")),
                FirstKPolicy::new);
    }

    /** Never reports {@code candidates}: candidates are read from the trace's own text (see docs/policies.md). */
    @Override
    public List<String> needs(PolicyInputs inputs) {
        return List.of();
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new Run(List.of(CandidateDetector.withSteps(segmenter.create(StepTyper.defaults()))));
    }

    private final class Run implements PolicyRun {
        private final List<IncrementalSignal> signals;
        private int[] stepEnds = new int[16];
        private int stepsEnded;
        private int candidates;
        private int target = -1;

        Run(List<IncrementalSignal> signals) {
            this.signals = signals;
        }

        @Override
        public List<IncrementalSignal> signals() {
            return signals;
        }

        @Override
        public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
            for (int i = 0, n = events.size(); i < n; i++) {
                SignalEvent e = events.get(i);
                if (e instanceof StepEnded s) {
                    if (s.index() >= stepEnds.length) {
                        stepEnds = Arrays.copyOf(stepEnds, Math.max(stepEnds.length * 2, s.index() + 1));
                    }
                    stepEnds[s.index()] = s.end();
                    stepsEnded = Math.max(stepsEnded, s.index() + 1);
                    if (s.index() == target) {
                        return Decision.exit(s.end(), ExitReason.CANDIDATE);
                    }
                } else if (e instanceof CandidateSeen c && ++candidates == k) {
                    if (c.step() < 0) {
                        return Decision.exit(c.token() + 1, ExitReason.CANDIDATE);
                    }
                    target = c.step();
                    if (target < stepsEnded) {
                        return Decision.exit(stepEnds[target], ExitReason.CANDIDATE);
                    }
                }
            }
            return Decision.CONTINUE;
        }

        @Override
        public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
            Decision d = onToken(soFar, events);
            if (!d.exit() && target >= 0) {
                return Decision.exit(soFar.tokenCount(), ExitReason.CANDIDATE);
            }
            return d;
        }
    }
}
