package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DEER, Dynamic Early Exit in Reasoning Models (arXiv 2504.15895; BugSmith/DEER {@code vllm-deer.py}), replayed
 * from {@code deer} probes. A checkpoint is every case-sensitive {@code Wait} in the thinking text; its trial answer
 * was generated on the prefix before the cue: the tokens before the token that holds the cue's first char. The
 * trial's confidence is recomputed from its {@code out} tokens (first token skipped when it is {@code "{"}),
 * averaged by {@code mean}; the policy exits keeping that prefix when the confidence exceeds {@code threshold}.
 * Only the first {@code maxJudges} checkpoints that have a trial are judged; each judged trial's tokens count as
 * overhead. Immutable and thread-safe; runs are not.
 */
public final class DeerPolicy implements StoppingPolicy {
    public static final String NAME = "deer";
    public static final String KIND = "deer";

    private final Map<String, String> params;
    private final double threshold;
    private final ProbeReadings.Mean mean;
    private final int maxJudges;
    private final OnMissing onMissing;

    /** Parameters: {@code threshold} (0.95), {@code mean} (arithmetic), {@code maxJudges} (10), {@code onMissing}. */
    public DeerPolicy(Map<String, String> given) {
        PolicyParams p = new PolicyParams(NAME, given);
        threshold = p.number("threshold", 0.95, 0, 1);
        mean = ProbeReadings.Mean.valueOf(p.choice("mean", "arithmetic", "arithmetic", "geometric", "min")
                .toUpperCase(Locale.ROOT));
        maxJudges = p.integer("maxJudges", 10, 0);
        onMissing = OnMissing.valueOf(p.choice("onMissing", "skip", "skip", "fail").toUpperCase(Locale.ROOT));
        params = p.done();
    }

    public DeerPolicy() {
        this(Map.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public List<String> needs(Trace trace) {
        PolicyInputs inputs = new PolicyInputs(trace);
        if (!inputs.hasProbes(KIND)
                || onMissing == OnMissing.FAIL && ProbeRun.reachesMissingProbe(this, trace)) {
            return List.of("probes:" + KIND);
        }
        return List.of();
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
