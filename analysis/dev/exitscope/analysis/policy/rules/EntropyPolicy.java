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
import dev.exitscope.analysis.signals.entropy.WindowMean;
import java.util.List;

/**
 * {@code entropy}: the low-entropy exit used as a baseline in the early-exit literature, reconstructed (no single
 * paper fixes it). Once at least {@code minTokens} tokens are seen, at the first boundary token t whose mean entropy
 * over the last {@code window} tokens (tokens without an entropy skipped; at least one needed) is below
 * {@code threshold} nats, exit keeping {@code [0, t + 1)}. Entropy is exact or the top-k estimate. O(1) per token.
 * Immutable; runs are not thread-safe.
 */
public final class EntropyPolicy extends ConfiguredPolicy {
    public static final String NAME = "entropy";

    private final int minTokens;
    private final int window;
    private final double threshold;
    private final String boundaries;

    public EntropyPolicy(PolicyParams p) {
        super(NAME, p);
        this.minTokens = p.integer("minTokens");
        this.window = p.integer("window");
        this.threshold = p.number("threshold");
        this.boundaries = Boundaries.decode(p.text("boundaries"));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Low-entropy exit: after `minTokens`, exit at the first boundary token where"
                        + " the mean entropy of the last `window` tokens is below `threshold`.",
                "common baseline, reconstructed (no paper fixes the rule or its defaults)", List.of("entropy"),
                List.of(PolicyParam.integer("minTokens", 128, 1, Integer.MAX_VALUE,
                                "no exit before this many tokens"),
                        PolicyParam.integer("window", 32, 1, 1_000_000, "tokens in the moving mean"),
                        PolicyParam.number("threshold", 0.3, 0, 1000, "exit when the mean entropy (nats) is below"),
                        PolicyParam.text("boundaries", Boundaries.DEFAULT,
                                "characters that make a token a checkpoint (\\n = newline)")),
                EntropyPolicy::new);
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return entropyNeeds(inputs);
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new Run();
    }

    private final class Run implements PolicyRun {
        private final WindowMean local = new WindowMean(window);

        @Override
        public List<IncrementalSignal> signals() {
            return List.of();
        }

        @Override
        public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
            int t = soFar.tokenCount() - 1;
            local.add(soFar.entropy(t));
            if (t + 1 >= minTokens && local.count() > 0 && local.mean() < threshold
                    && Boundaries.at(soFar, t, boundaries)) {
                return Decision.exit(t + 1, ExitReason.THRESHOLD);
            }
            return Decision.CONTINUE;
        }
    }
}
