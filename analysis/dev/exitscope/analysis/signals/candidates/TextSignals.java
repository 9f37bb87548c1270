package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.cues.CueDetector;
import dev.exitscope.analysis.signals.steps.PumaSegmenter;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.Step;
import dev.exitscope.analysis.signals.steps.StepKeywords;
import dev.exitscope.analysis.signals.steps.StepRefinements;
import dev.exitscope.analysis.signals.steps.StepTyper;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The text signals of a whole trace — steps and their types, cues per rule, candidate answers, the answer
 * trajectory and answer consistency — computed by running the incremental forms over the trace with
 * {@link IncrementalRunner}, so the whole-trace values are exactly what a policy replaying the trace sees at its
 * end. Display-only refinements ({@link #displaySteps()}) are applied afterwards and kept apart. With
 * {@link Options#thinkingOnly()} the run stops at the end of the thinking block ({@link Trace#thinkEnd()}), as a
 * live run does when thinking closes. Computing is O(tokens); the result is immutable and thread-safe, so callers
 * cache one per trace and options.
 */
public final class TextSignals {
    private final int limit;
    private final List<SignalEvent> events;
    private final List<Step> steps;
    private final List<Step> displaySteps;
    private final Map<CueRule, List<CueSeen>> cues;
    private final List<CandidateSeen> candidates;
    private final AnswerTrajectory trajectory;
    private final AnswerConsistency consistency;

    /**
     * What to compute.
     *
     * @param segmenter    which step segmenter
     * @param keywords     step-type keyword lists
     * @param thinkingOnly stop at the end of the thinking block (the whole trace when there is none)
     * @param cues         cue lists per rule; a rule that is absent is not run
     * @param pumaMinChars PUMA's minimum step size
     * @param pumaMaxChars PUMA's maximum merged step size
     */
    public record Options(SegmenterKind segmenter, StepKeywords keywords, boolean thinkingOnly,
                          Map<CueRule, List<String>> cues, int pumaMinChars, int pumaMaxChars) {
        public Options {
            cues = Map.copyOf(cues);
        }

        /** Paragraph steps, default keywords, the whole trace, all three cue rules with their default lists. */
        public static Options defaults() {
            Map<CueRule, List<String>> all = new EnumMap<>(CueRule.class);
            for (CueRule r : CueRule.values()) {
                all.put(r, CueDetector.defaultCues(r));
            }
            return new Options(SegmenterKind.PARAGRAPH, StepKeywords.defaults(), false, all,
                    PumaSegmenter.DEFAULT_MIN_CHARS, PumaSegmenter.DEFAULT_MAX_CHARS);
        }

        public Options withSegmenter(SegmenterKind kind) {
            return new Options(kind, keywords, thinkingOnly, cues, pumaMinChars, pumaMaxChars);
        }

        public Options withThinkingOnly(boolean only) {
            return new Options(segmenter, keywords, only, cues, pumaMinChars, pumaMaxChars);
        }

        public Options withKeywords(StepKeywords k) {
            return new Options(segmenter, k, thinkingOnly, cues, pumaMinChars, pumaMaxChars);
        }
    }

    private TextSignals(Trace trace, Options options) {
        Integer thinkEnd = trace.thinkEnd();
        this.limit = options.thinkingOnly() && thinkEnd != null ? thinkEnd : trace.tokenCount();
        StepTyper typer = new StepTyper(options.keywords());
        List<IncrementalSignal> signals = new ArrayList<>();
        signals.add(CandidateDetector.withSteps(
                options.segmenter().create(typer, options.pumaMinChars(), options.pumaMaxChars())));
        for (CueRule r : CueRule.values()) {
            List<String> list = options.cues().get(r);
            if (list != null) {
                signals.add(new CueDetector(r, list));
            }
        }
        this.events = List.copyOf(IncrementalRunner.run(trace, limit, signals));
        this.steps = Step.fromEvents(trace, events);
        this.displaySteps = options.segmenter() == SegmenterKind.PUMA_SIZE
                ? StepRefinements.foldTinyLastStep(steps, options.pumaMinChars() / 2) : steps;
        Map<CueRule, List<CueSeen>> byRule = new EnumMap<>(CueRule.class);
        List<CandidateSeen> cands = new ArrayList<>();
        for (SignalEvent e : events) {
            if (e instanceof CueSeen c) {
                byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c);
            } else if (e instanceof CandidateSeen c) {
                cands.add(c);
            }
        }
        Map<CueRule, List<CueSeen>> frozen = new EnumMap<>(CueRule.class);
        byRule.forEach((r, l) -> frozen.put(r, List.copyOf(l)));
        this.cues = frozen;
        this.trajectory = AnswerTrajectory.of(trace, cands);
        this.candidates = trajectory.candidates();
        this.consistency = AnswerConsistency.of(candidates, trace.question().answerType());
    }

    public static TextSignals compute(Trace trace) {
        return new TextSignals(trace, Options.defaults());
    }

    public static TextSignals compute(Trace trace, Options options) {
        return new TextSignals(trace, options);
    }

    /** Tokens the signals ran over: the trace, or its thinking block with {@code thinkingOnly}. */
    public int limit() {
        return limit;
    }

    /** Every event in the order the incremental run emitted it. */
    public List<SignalEvent> events() {
        return events;
    }

    /** The steps of the incremental run: contiguous, covering {@code [0, limit())}. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The steps for display: for puma-size steps a tiny last step folded into the one before (puma steps fold it
     * themselves); otherwise {@link #steps}.
     */
    public List<Step> displaySteps() {
        return displaySteps;
    }

    /** Cues found under {@code rule}, in token order; empty when the rule was not run. */
    public List<CueSeen> cues(CueRule rule) {
        return cues.getOrDefault(rule, List.of());
    }

    /** Candidate answers in token order. */
    public List<CandidateSeen> candidates() {
        return candidates;
    }

    public AnswerTrajectory trajectory() {
        return trajectory;
    }

    public AnswerConsistency consistency() {
        return consistency;
    }
}
