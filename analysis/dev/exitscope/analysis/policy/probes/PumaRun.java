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
import dev.exitscope.analysis.signals.steps.PumaSegmenter;
import dev.exitscope.analysis.trace.Probe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One {@link PumaPolicy} run. Not thread-safe. */
final class PumaRun implements ProbeRun {
    private final PolicyInputs inputs;
    private final PumaSegmenter segmenter = new PumaSegmenter();
    private final IncrementalRedundancy redundancy;
    private final PumaRule rule;
    private final List<Integer> stepEnds = new ArrayList<>();
    private final Map<Integer, Probe> trialProbes = new HashMap<>();
    private PumaRule.@Nullable Outcome outcome;
    private int overhead;
    private boolean missed;

    PumaRun(PolicyInputs inputs, PumaSettings settings, TextEmbedder embedder) {
        this.inputs = inputs;
        this.redundancy = new RedundancyCalculator(embedder,
                new RedundancySettings(settings.k(), settings.simThreshold())).incremental();
        this.rule = new PumaRule(settings);
    }

    @Override
    public List<IncrementalSignal> signals() {
        return List.of(segmenter);
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
        boolean changed = ended;
        for (SignalEvent e : events) {
            if (e instanceof StepEnded) {
                addStep(soFar, (StepEnded) e);
                changed = true;
            }
        }
        if (outcome != null || !changed) {
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

    private void addStep(TraceSoFar soFar, StepEnded e) {
        stepEnds.add(e.end());
        int k = stepEnds.size();
        String text = soFar.text().subSequence(soFar.tokenStart(e.start()), soFar.tokenStart(e.end()))
                .toString().strip();
        redundancy.addStep(text);
        boolean redundant = redundancy.lastRedundant();
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
