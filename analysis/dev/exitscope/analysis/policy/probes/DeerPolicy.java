package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;

/**
 * DEER, Dynamic Early Exit in Reasoning Models (arXiv 2504.15895; BugSmith/DEER {@code vllm-deer.py}), replayed
 * from {@code deer} probes. A checkpoint is every case-sensitive {@code Wait} in the thinking text; its trial answer
 * was generated on the prefix before the cue: the tokens before the token that holds the cue's first char. The
 * trial's confidence is recomputed from its {@code out} tokens (first token skipped when it is {@code "{"}),
 * averaged by {@code mean}; the policy exits keeping that prefix when the confidence exceeds {@code threshold}.
 * Only the first {@code maxJudges} checkpoints that have a trial are judged; each judged trial's tokens count as
 * overhead. Immutable and thread-safe; runs are not.
 */
public final class DeerPolicy extends ConfiguredPolicy {
    public static final String NAME = "deer";
    public static final String KIND = "deer";

    private final double threshold;
    private final ProbeReadings.Mean mean;
    private final int maxJudges;
    private final OnMissing onMissing;

    public DeerPolicy(PolicyParams params) {
        super(NAME, params);
        threshold = params.number("threshold");
        mean = ProbeReadings.Mean.valueOf(params.text("mean").toUpperCase(Locale.ROOT));
        maxJudges = params.integer("maxJudges");
        onMissing = OnMissing.valueOf(params.text("onMissing").toUpperCase(Locale.ROOT));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "DEER: exit at a `Wait` cue when the trial answer's confidence exceeds"
                        + " `threshold`.",
                "DEER (arXiv 2504.15895), BugSmith/DEER vllm-deer.py; trial answers are deer probes",
                List.of("probes:" + KIND), List.of(
                        PolicyParam.number("threshold", 0.95, 0, 1, "exit when the trial confidence exceeds this"),
                        PolicyParam.choice("mean", "arithmetic", List.of("arithmetic", "geometric", "min"),
                                "how token probabilities combine (DEER avg1, avg2, min)"),
                        PolicyParam.integer("maxJudges", 10, 0, Integer.MAX_VALUE,
                                "trial answers judged at most; later cues are ignored"),
                        OnMissingParam.PARAM), DeerPolicy::new);
    }

    @Override
    public List<String> needs(Trace trace) {
        return ProbeRun.probeNeeds(this, trace, KIND, onMissing);
    }

    @Override
    public String answerProbeKind() {
        return KIND;
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new DeerRun(inputs, threshold, mean, maxJudges);
    }
}
