package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.PolicyDescriptor;

/** {@code nowait}: listed by {@code policies} for completeness; it changes generation, so it cannot be replayed. */
public final class NoWaitListing {
    public static final String NAME = "nowait";

    private NoWaitListing() {
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.notReplayable(NAME, "NoWait: suppress reflection tokens (wait, hmm, alternatively)"
                        + " during decoding.", "NoWait (arXiv 2506.08343)",
                "it changes generation (logit suppression alters every later token), so a recorded trace shows a"
                        + " trajectory the method would never have produced; evaluate it on newly generated traces");
    }
}
