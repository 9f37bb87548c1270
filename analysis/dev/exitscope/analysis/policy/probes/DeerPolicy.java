package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import dev.exitscope.analysis.signals.cues.CueDetector;
import java.util.List;
import java.util.Locale;

/**
 * DEER, Dynamic Early Exit in Reasoning Models (arXiv 2504.15895; BugSmith/DEER {@code vllm-deer.py} and
 * {@code vllm-deer-qwen3.py}), replayed from {@code deer} probes. A checkpoint is every case-sensitive stop string
 * in the thinking text: {@code Wait}, or {@code Alternatively} with {@code cue=alternatively} (the scripts'
 * {@code --points 0}). Its trial answer was generated on the prefix before the cue: the tokens before the token that
 * holds the cue's first char. The trial's confidence is recomputed from its {@code out} tokens, the first one always
 * skipped ({@code start_index = 1}), averaged by {@code mean}; with {@code variant=qwen3} the trial ran until
 * {@code </think>} and its confidence is 0 unless its out tokens end with that tag. The policy exits keeping that
 * prefix when the confidence exceeds {@code threshold}. Only the first {@code maxJudges} checkpoints that have a
 * trial are judged; each judged trial's tokens count as overhead. Immutable and thread-safe; runs are not.
 */
public final class DeerPolicy extends ConfiguredPolicy {
    public static final String NAME = "deer";
    public static final String KIND = "deer";

    private final double threshold;
    private final ProbeReadings.Mean mean;
    private final int maxJudges;
    private final OnMissing onMissing;
    private final List<String> cues;
    private final boolean qwen3;

    public DeerPolicy(PolicyParams params) {
        super(NAME, params);
        threshold = params.number("threshold");
        mean = ProbeReadings.Mean.valueOf(params.text("mean").toUpperCase(Locale.ROOT));
        maxJudges = params.integer("maxJudges");
        onMissing = OnMissing.valueOf(params.text("onMissing").toUpperCase(Locale.ROOT));
        cues = params.text("cue").equals("alternatively") ? CueDetector.DEER_ALTERNATIVELY : CueDetector.DEER_CUES;
        qwen3 = params.text("variant").equals("qwen3");
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "DEER: exit at a `Wait` cue when the trial answer's confidence exceeds"
                        + " `threshold`.",
                "DEER (arXiv 2504.15895), BugSmith/DEER vllm-deer.py and vllm-deer-qwen3.py; trial answers are deer"
                        + " probes",
                List.of("probes:" + KIND), List.of(
                        PolicyParam.number("threshold", 0.95, 0, 1, "exit when the trial confidence exceeds this"),
                        PolicyParam.choice("mean", "arithmetic", List.of("arithmetic", "geometric", "min"),
                                "how token probabilities combine (DEER avg1, avg2, min)"),
                        PolicyParam.integer("maxJudges", 10, 0, Integer.MAX_VALUE,
                                "trial answers judged at most; later cues are ignored"),
                        PolicyParam.choice("cue", "wait", List.of("wait", "alternatively"),
                                "the stop string: `Wait` or `Alternatively` (DEER --points 1 or 0)"),
                        PolicyParam.choice("variant", "default", List.of("default", "qwen3"),
                                "qwen3: the trial runs to </think>; confidence 0 unless it ends there"),
                        OnMissingParam.PARAM), DeerPolicy::new);
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return ProbeRun.probeNeeds(this, inputs, KIND, onMissing);
    }

    @Override
    public String answerProbeKind() {
        return KIND;
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new DeerRun(inputs, new DeerRun.Settings(threshold, mean, maxJudges, cues, qwen3));
    }
}
