package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.StoppingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A policy's name and validated parameters, with the needs checks the trace-only policies share. Subclasses are
 * immutable and thread-safe.
 */
public abstract class ConfiguredPolicy implements StoppingPolicy {
    private final String name;
    private final PolicyParams params;

    protected ConfiguredPolicy(String name, PolicyParams params) {
        this.name = name;
        this.params = params;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, String> params() {
        return params.asMap();
    }

    protected final PolicyParams values() {
        return params;
    }

    /**
     * Per-token entropy is available when the trace has exact entropies or top-k rows. Otherwise {@code entropy}
     * when it has sampled-token logprobs only (they cannot give an entropy), {@code logprobs} when it has none.
     */
    public static List<String> entropyNeeds(PolicyInputs inputs) {
        if (inputs.hasEntropy()) {
            return List.of();
        }
        return List.of(inputs.hasLogprobs() ? "entropy" : "logprobs");
    }

    /** {@code series:NAME} for every series the trace lacks. */
    public static List<String> seriesNeeds(PolicyInputs inputs, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!inputs.hasSeries(n)) {
                out.add("series:" + n);
            }
        }
        return out;
    }
}
