package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.cues.CueDetector;
import dev.exitscope.analysis.signals.steps.TokenLookup;
import dev.exitscope.analysis.trace.Probe;
import java.util.List;

/** One {@link DeerPolicy} run over one trace. Not thread-safe. */
final class DeerRun implements ProbeRun {
    /** A configuration's rule: threshold, mean, judge limit, stop strings, whether trials end at {@code </think>}. */
    record Settings(double threshold, ProbeReadings.Mean mean, int maxJudges, List<String> cues, boolean qwen3) {
    }

    private final PolicyInputs inputs;
    private final Settings settings;
    private final CueDetector cues;
    private final ThinkingEnd thinking = new ThinkingEnd();
    private int judges;
    private int overhead;
    private boolean missed;

    DeerRun(PolicyInputs inputs, Settings settings) {
        this.inputs = inputs;
        this.settings = settings;
        this.cues = new CueDetector(CueRule.DEER, settings.cues());
    }

    @Override
    public List<IncrementalSignal> signals() {
        return List.of(cues);
    }

    @Override
    public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
        for (int i = 0, n = events.size(); i < n; i++) {
            SignalEvent e = events.get(i);
            if (!(e instanceof CueSeen) || ((CueSeen) e).rule() != CueRule.DEER) {
                continue;
            }
            int start = ((CueSeen) e).startChar();
            if (!thinking.thinking(soFar, start) || judges >= settings.maxJudges()) {
                continue;
            }
            int prefix = TokenLookup.at(soFar, start);
            Probe trial = inputs.probe(soFar, DeerPolicy.KIND, prefix);
            if (trial == null) {
                missed = true;
                continue;
            }
            judges++;
            overhead += trial.costTokens();
            if (ProbeReadings.deerConfidence(trial, settings.mean(), settings.qwen3()) > settings.threshold()) {
                return Decision.exit(prefix, ExitReason.CONFIDENT,
                        ProbeReadings.withAnswer(trial, ProbeReadings.braceAnswer(trial)));
            }
        }
        return Decision.CONTINUE;
    }

    /** DEER decides only at its cues, which its cue detector reports. */
    @Override
    public int nextCheckpoint(int seen) {
        return Integer.MAX_VALUE;
    }

    /** Trial answers judged so far. */
    int judges() {
        return judges;
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
