package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import dev.exitscope.analysis.signals.redundancy.LexicalEmbedder;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;

/**
 * PUMA, Stop When Reasoning Converges (arXiv 2605.17672; giovanni-vaccarino/PUMA, offline pipeline), replayed from
 * {@code puma} trial probes. Steps come from {@link dev.exitscope.analysis.signals.steps.PumaSegmenter}; each
 * step's redundancy {@code sim_k} (window {@code k}, threshold {@code simThreshold}) comes from the
 * {@link TextEmbedder} given to the constructor — {@link LexicalEmbedder} by default; the app may hand in MiniLM or
 * an export of PUMA's own detector, and τ should be tuned to the embedder. Step 1 is always flagged for a trial;
 * a redundant step k flags step k−1. A flagged step's trial is the {@code puma} probe at the step's end; its
 * confidence is {@code exp(mean logprob)} inside the first braces of its out tokens. The stop rule is
 * {@link PumaRule}; the exit keeps the steps up to the stop step.
 *
 * <p>Timing: step k's flag is known only when step k+1 has ended (PUMA's "previous" trigger, the one-step lag its
 * statistics report as online overhead), and the segmenter itself emits a step when the next one starts. The
 * decision is taken at the first token where the offline outcome is settled, which can be several steps after
 * the stop step; the exit still keeps only the prefix up to the stop step. Overhead counts the out tokens of every
 * trial run up to the decision. Immutable and thread-safe when the embedder is; runs are not.
 */
public final class PumaPolicy extends ConfiguredPolicy {
    public static final String NAME = "puma";
    public static final String KIND = "puma";

    private final PumaSettings settings;
    private final OnMissing onMissing;
    private final TextEmbedder embedder;

    public PumaPolicy(PolicyParams params, TextEmbedder embedder) {
        super(NAME, params);
        settings = new PumaSettings(params.number("simThreshold"), params.integer("k"), params.number("lambda"),
                params.integer("runLength"), params.number("epsilon"), params.integer("minStopStep"),
                params.integer("loopStart"), params.integer("loopRun"), params.number("forcedMinConf"));
        onMissing = OnMissing.valueOf(params.text("onMissing").toUpperCase(Locale.ROOT));
        this.embedder = embedder;
    }

    /** With the lexical embedder. */
    public PumaPolicy(PolicyParams params) {
        this(params, new LexicalEmbedder());
    }

    /** The descriptor with the lexical embedder. */
    public static PolicyDescriptor descriptor() {
        return descriptor(new LexicalEmbedder());
    }

    /** The descriptor whose configurations measure redundancy with {@code embedder}. */
    public static PolicyDescriptor descriptor(TextEmbedder embedder) {
        return PolicyDescriptor.of(NAME, "PUMA: exit when a confident trial answer is confirmed by the next flagged"
                        + " trials, or at a redundancy loop.",
                "PUMA (arXiv 2605.17672), giovanni-vaccarino/PUMA offline pipeline; trial answers are"
                        + " puma probes at step ends; redundancy by " + embedder.id() + ", not PUMA's own detector",
                List.of("probes:" + KIND), List.of(
                        PolicyParam.number("simThreshold", 0.35, -1, 1, "a step is redundant when sim_k >= this"),
                        PolicyParam.integer("k", 1, 0, Integer.MAX_VALUE, "previous steps compared (0: all)"),
                        PolicyParam.number("lambda", 0.98, 0, 1, "confidence that starts a verified exit"),
                        PolicyParam.integer("runLength", 2, 1, Integer.MAX_VALUE, "trials that must agree (L)"),
                        PolicyParam.number("epsilon", 0.03, 0, 1, "confidence tolerance within the run"),
                        PolicyParam.integer("minStopStep", 10, 0, Integer.MAX_VALUE, "earliest step a run may start"),
                        PolicyParam.integer("loopStart", 50, 1, Integer.MAX_VALUE, "first step the loop breaker reads"),
                        PolicyParam.integer("loopRun", 3, 0, Integer.MAX_VALUE,
                                "redundant steps in a row that make a loop (model-dependent; 0: off)"),
                        PolicyParam.number("forcedMinConf", 0.8, 0, 1, "best trial confidence a loop stop needs"),
                        OnMissingParam.PARAM), params -> new PumaPolicy(params, embedder));
    }

    /** The embedder the redundancy detector uses. */
    public TextEmbedder embedder() {
        return embedder;
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
        return new PumaRun(inputs, settings, embedder);
    }
}
