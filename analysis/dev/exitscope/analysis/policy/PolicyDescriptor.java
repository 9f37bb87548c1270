package dev.exitscope.analysis.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code exitscope policies} lists about one policy and how the registry builds it.
 *
 * @param name        the CLI name
 * @param description one sentence: the rule
 * @param replayable  false for methods that change generation (NoWait) and so cannot run on a recorded trace
 * @param params      parameters with defaults, in the documented order
 * @param needs       inputs the policy may need from a trace ({@code logprobs}, {@code entropy},
 *                    {@code candidates}, {@code group}, {@code probes:KIND}, {@code series:NAME},
 *                    {@code calibration}); a given trace reports the missing ones in its replay row
 * @param source      the paper (arXiv id) and what is reconstructed
 * @param why         for a policy that is not replayable: why
 * @param factory     builds a configuration; null when not replayable, and for a group policy
 * @param group       a policy that replays a whole group of sibling samples ({@code ffs}), one row per group; the
 *                    corpus commands run it themselves, so it has no per-trace factory
 */
public record PolicyDescriptor(String name, String description, boolean replayable, List<PolicyParam> params,
                               List<String> needs, String source, @Nullable String why,
                               @Nullable PolicyFactory factory, boolean group) {

    public PolicyDescriptor {
        params = List.copyOf(params);
        needs = List.copyOf(needs);
        if (replayable != group && replayable == (factory == null)) {
            throw new IllegalArgumentException(name + ": a replayable policy needs a factory, and only it");
        }
        if (group && (!replayable || factory != null)) {
            throw new IllegalArgumentException(name + ": a group policy is replayable and has no per-trace factory");
        }
    }

    /** A policy the replay engine can run. */
    public static PolicyDescriptor of(String name, String description, String source, List<String> needs,
                                      List<PolicyParam> params, PolicyFactory factory) {
        return new PolicyDescriptor(name, description, true, params, needs, source, null, factory, false);
    }

    /** A method listed for completeness that cannot be replayed, with the reason. */
    public static PolicyDescriptor notReplayable(String name, String description, String source, String why) {
        return new PolicyDescriptor(name, description, false, List.of(), List.of(), source, why, null, false);
    }

    /** A policy over groups of sibling samples, which {@code replay} and {@code evaluate} run per group. */
    public static PolicyDescriptor group(String name, String description, String source, List<String> needs) {
        return new PolicyDescriptor(name, description, true, List.of(), needs, source, null, null, true);
    }

    /** The parameter called {@code key}, or null. */
    public @Nullable PolicyParam param(String key) {
        for (PolicyParam p : params) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
