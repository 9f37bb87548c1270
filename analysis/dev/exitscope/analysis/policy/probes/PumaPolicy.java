package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import dev.exitscope.analysis.signals.redundancy.LexicalEmbedder;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.signals.steps.NamedSteps;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PUMA, Stop When Reasoning Converges (arXiv 2605.17672; giovanni-vaccarino/PUMA, offline pipeline:
 * {@code puma/separate_steps.py}, {@code embed_and_filter_steps.py}, {@code extract_final_candidates.py}), replayed
 * from {@code puma} trial probes. Steps ({@code steps=}): the trace's attached segmentation when it has one and
 * PUMA's semantic segmenter ({@link dev.exitscope.analysis.signals.steps.PumaSegmenter}) otherwise ({@code auto}),
 * or one named kind. Each step's redundancy {@code sim_k} (window {@code k}, threshold {@code simThreshold}) comes
 * from the attached {@code sim} values when the attached steps carry them, else from the {@link TextEmbedder} given
 * to the constructor — {@link LexicalEmbedder} by default; the app may hand in MiniLM or an export of PUMA's own
 * detector, and τ should be tuned to the embedder. Step 1 always gets one trial; a redundant step k ≥ 3 flags step
 * k−1. A flagged step's trial is the {@code puma} probe at the step's end; its confidence is
 * {@code exp(mean logprob)} inside the first braces of its out tokens. The stop rule is {@link PumaRule}; the exit
 * keeps the steps up to the stop step.
 *
 * <p>Timing: step k's flag is known only when step k+1 has ended (PUMA's "previous" trigger, the one-step lag its
 * statistics report as online overhead), and the segmenter itself emits a step late (see its Javadoc). The
 * decision is taken at the first token where the offline outcome is settled, which can be several steps after
 * the stop step; the exit still keeps only the prefix up to the stop step. Overhead counts the out tokens of every
 * trial run up to the decision. Steps and trials only use the tokens offered, so they stop where the replay stops
 * offering tokens. Immutable and thread-safe when the embedder is; runs are not.
 */
public final class PumaPolicy extends ConfiguredPolicy {
    public static final String NAME = "puma";
    public static final String KIND = "puma";
    static final String AUTO = "auto";
    static final List<String> STEP_CHOICES = stepChoices();

    private final PumaSettings settings;
    private final OnMissing onMissing;
    private final TextEmbedder embedder;
    /** {@code auto}, {@code attached} or a segmenter's wire name. */
    private final String steps;

    public PumaPolicy(PolicyParams params, TextEmbedder embedder) {
        super(NAME, params);
        settings = new PumaSettings(params.number("simThreshold"), params.integer("k"), params.number("lambda"),
                params.integer("runLength"), params.number("epsilon"), params.integer("minStopStep"),
                params.integer("loopStart"), params.integer("loopRun"), params.number("forcedMinConf"));
        onMissing = OnMissing.valueOf(params.text("onMissing").toUpperCase(Locale.ROOT));
        this.embedder = embedder;
        this.steps = params.text("steps");
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
                "PUMA (arXiv 2605.17672), giovanni-vaccarino/PUMA offline pipeline (separate_steps.py,"
                        + " embed_and_filter_steps.py, extract_final_candidates.py); trial answers are puma probes at"
                        + " step ends; redundancy by attached sims or " + embedder.id() + ", not PUMA's own detector",
                List.of("probes:" + KIND), List.of(
                        PolicyParam.number("simThreshold", 0.35, -1, 1, "a step is redundant when sim_k >= this"),
                        PolicyParam.integer("k", 1, 0, Integer.MAX_VALUE, "previous steps compared (0: all)"),
                        PolicyParam.number("lambda", 0.98, 0, 1, "confidence that starts a verified exit"),
                        PolicyParam.integer("runLength", 2, 1, Integer.MAX_VALUE, "trials that must agree (L)"),
                        PolicyParam.number("epsilon", 0.03, 0, 1, "confidence tolerance within the run"),
                        PolicyParam.integer("minStopStep", 10, 0, Integer.MAX_VALUE,
                                "earliest step (from 1) a stop may keep: a verified run's last trial, a forced stop"),
                        PolicyParam.integer("loopStart", 50, 0, Integer.MAX_VALUE,
                                "0-indexed step the loop breaker starts at (50: the 51st step)"),
                        PolicyParam.integer("loopRun", 3, 0, Integer.MAX_VALUE,
                                "redundant steps in a row that make a loop (model-dependent; 0: off)"),
                        PolicyParam.number("forcedMinConf", 0.8, 0, 1, "best trial confidence a loop stop needs"),
                        PolicyParam.choice("steps", AUTO, STEP_CHOICES, "attached steps when the trace has"
                                + " them, else PUMA's semantic steps (auto); attached steps only; or one segmenter"),
                        OnMissingParam.PARAM), params -> new PumaPolicy(params, embedder));
    }

    /** The embedder the redundancy detector uses. */
    public TextEmbedder embedder() {
        return embedder;
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        String name = NamedSteps.seriesName(NamedSteps.ATTACHED);
        boolean has = inputs.hasSeries(name);
        if (!has && steps.equals(NamedSteps.ATTACHED)) {
            return List.of("steps:" + NamedSteps.ATTACHED);
        }
        Trace trace = inputs.recorded();
        if (has && trace != null && (steps.equals(AUTO) || steps.equals(NamedSteps.ATTACHED))) {
            try {
                NamedSteps.ends(trace.seriesCopy(name));
            } catch (IllegalArgumentException e) {
                return List.of("steps:" + NamedSteps.ATTACHED + " (series " + name + ": " + e.getMessage() + ")");
            }
        }
        return ProbeRun.probeNeeds(this, inputs, KIND, onMissing);
    }

    @Override
    public String answerProbeKind() {
        return KIND;
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        boolean attached = steps.equals(NamedSteps.ATTACHED)
                || steps.equals(AUTO) && inputs.hasSeries(NamedSteps.seriesName(NamedSteps.ATTACHED));
        SegmenterKind kind = attached ? null : steps.equals(AUTO) ? SegmenterKind.PUMA : SegmenterKind.of(steps);
        return new PumaRun(inputs, settings, embedder, kind);
    }

    private static List<String> stepChoices() {
        List<String> out = new ArrayList<>(List.of(AUTO, NamedSteps.ATTACHED));
        out.addAll(SegmenterKind.wireNames());
        return List.copyOf(out);
    }
}
