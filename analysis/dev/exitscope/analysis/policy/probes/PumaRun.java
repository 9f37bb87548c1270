package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.redundancy.IncrementalRedundancy;
import dev.exitscope.analysis.signals.redundancy.RedundancyCalculator;
import dev.exitscope.analysis.signals.redundancy.RedundancySettings;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.signals.steps.NamedSteps;
import dev.exitscope.analysis.signals.steps.Segmenter;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.StepTyper;
import dev.exitscope.analysis.trace.Probe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@link PumaPolicy} run. Steps come from a segmenter, or from the trace's attached segmentation read token by
 * token (step k ends at the first token numbered k + 1, or where the numbers stop, or at the end of the run). Only
 * the text and series of tokens already offered are read. Not thread-safe.
 */
final class PumaRun implements ProbeRun {
    private static final String STEPS = NamedSteps.seriesName(NamedSteps.ATTACHED);
    private static final String SIM = NamedSteps.valueSeriesName(NamedSteps.ATTACHED, NamedSteps.SIM);

    private final PolicyInputs inputs;
    private final double simThreshold;
    private final @Nullable Segmenter segmenter;
    private final boolean attachedSim;
    private final IncrementalRedundancy redundancy;
    private final PumaRule rule;
    private final List<Integer> stepEnds = new ArrayList<>();
    private final Map<Integer, Probe> trialProbes = new HashMap<>();
    private PumaRule.@Nullable Outcome outcome;
    private int overhead;
    private boolean missed;
    /** Attached steps: tokens read, the open step's number (0 before the first) and first token. */
    private int read;
    private int openNumber;
    private int openStart;
    private boolean stepsOver;

    /** With {@code kind} null the steps are the trace's attached segmentation. */
    PumaRun(PolicyInputs inputs, PumaSettings settings, TextEmbedder embedder, @Nullable SegmenterKind kind) {
        this.inputs = inputs;
        this.simThreshold = settings.simThreshold();
        this.segmenter = kind == null ? null : kind.create(StepTyper.defaults());
        this.attachedSim = kind == null && inputs.hasSeries(SIM);
        this.redundancy = new RedundancyCalculator(embedder,
                new RedundancySettings(settings.k(), settings.simThreshold())).incremental();
        this.rule = new PumaRule(settings);
    }

    @Override
    public List<IncrementalSignal> signals() {
        return segmenter == null ? List.of() : List.of(segmenter);
    }

    @Override
    public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
        return step(soFar, events, false);
    }

    @Override
    public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
        return step(soFar, events, true);
    }

    private Decision step(TraceSoFar soFar, List<SignalEvent> events, boolean ended) {
        if (outcome != null) {
            return Decision.CONTINUE;
        }
        int before = stepEnds.size();
        if (segmenter != null) {
            for (SignalEvent e : events) {
                if (e instanceof StepEnded) {
                    StepEnded s = (StepEnded) e;
                    addStep(soFar, s.start(), s.end());
                }
            }
        } else {
            readAttached(soFar, ended);
        }
        if (!ended && stepEnds.size() == before) {
            return Decision.CONTINUE;
        }
        outcome = rule.decide(ended);
        if (outcome == null || outcome.step() < 0) {
            return Decision.CONTINUE;
        }
        int stop = outcome.step();
        Probe trial = trialProbes.get(stop);
        int at = stepEnds.get(stop - 1);
        return trial == null ? Decision.exit(at, outcome.reason())
                : Decision.exit(at, outcome.reason(),
                        ProbeReadings.withAnswer(trial, ProbeReadings.braceAnswer(trial)));
    }

    private void readAttached(TraceSoFar soFar, boolean ended) {
        for (; read < soFar.tokenCount(); read++) {
            if (stepsOver) {
                continue;
            }
            float v = inputs.series(soFar, STEPS, read);
            if (Float.isNaN(v)) {
                if (openNumber > 0) {
                    addStep(soFar, openStart, read);
                }
                stepsOver = true;
            } else if ((int) v != openNumber) {
                if (openNumber > 0) {
                    addStep(soFar, openStart, read);
                }
                openNumber = (int) v;
                openStart = read;
            }
        }
        if (ended && !stepsOver && openNumber > 0) {
            addStep(soFar, openStart, soFar.tokenCount());
            stepsOver = true;
        }
    }

    private void addStep(TraceSoFar soFar, int start, int end) {
        stepEnds.add(end);
        int k = stepEnds.size();
        boolean redundant;
        if (attachedSim) {
            redundant = k > 1 && inputs.series(soFar, SIM, start) >= simThreshold;
        } else {
            String text = soFar.text().subSequence(soFar.tokenStart(start), soFar.tokenStart(end)).toString().strip();
            redundancy.addStep(text);
            redundant = redundancy.lastRedundant();
        }
        rule.addStep(redundant);
        // step 1 always gets a trial; a redundant step k flags step k - 1, which for k = 2 is step 1 again
        if (k == 1) {
            addTrial(soFar, 1);
        } else if (redundant && k > 2) {
            addTrial(soFar, k - 1);
        }
    }

    private void addTrial(TraceSoFar soFar, int step) {
        Probe p = inputs.probe(soFar, PumaPolicy.KIND, stepEnds.get(step - 1));
        if (p == null) {
            missed = true;
            rule.addTrial(new PumaRule.Trial(step, Double.NaN, null));
            return;
        }
        overhead += p.costTokens();
        trialProbes.put(step, p);
        rule.addTrial(new PumaRule.Trial(step, ProbeReadings.braceConfidence(p), ProbeReadings.braceAnswer(p)));
    }

    @Override
    public int overheadTokens() {
        return overhead;
    }

    @Override
    public boolean missedProbe() {
        return missed;
    }
}
