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
    private final PolicyInputs inputs;
    private final double threshold;
    private final ProbeReadings.Mean mean;
    private final int maxJudges;
    private final CueDetector cues = CueDetector.defaults(CueRule.DEER);
    private final ThinkingEnd thinking = new ThinkingEnd();
    private int searchFrom;
    private int judges;
    private int overhead;
    private boolean missed;

    DeerRun(PolicyInputs inputs, double threshold, ProbeReadings.Mean mean, int maxJudges) {
        this.inputs = inputs;
        this.threshold = threshold;
        this.mean = mean;
        this.maxJudges = maxJudges;
    }

    @Override
    public List<IncrementalSignal> signals() {
        return List.of(cues);
    }

    @Override
    public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
        thinking.update(soFar);
        for (SignalEvent e : events) {
            if (!(e instanceof CueSeen) || ((CueSeen) e).rule() != CueRule.DEER) {
                continue;
            }
            CueSeen cue = (CueSeen) e;
            int start = matchStart(soFar, cue);
            if (start < 0 || !thinking.thinking(start) || judges >= maxJudges) {
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
            if (ProbeReadings.deerConfidence(trial, mean) > threshold) {
                return Decision.exit(prefix, ExitReason.CONFIDENT,
                        ProbeReadings.withAnswer(trial, ProbeReadings.braceAnswer(trial)));
            }
        }
        return Decision.CONTINUE;
    }

    /** The first char of the next occurrence of the cue that ends inside the cue's token; -1 if none. */
    private int matchStart(TraceSoFar soFar, CueSeen cue) {
        String c = cue.cue();
        CharSequence text = soFar.text();
        int tokenFirst = soFar.tokenStart(cue.token());
        int tokenEnd = soFar.tokenStart(cue.token() + 1);
        for (int s = Math.max(searchFrom, tokenFirst - c.length() + 1); s + c.length() <= tokenEnd; s++) {
            if (regionMatches(text, s, c)) {
                searchFrom = s + 1;
                return s;
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence text, int at, String c) {
        for (int j = 0; j < c.length(); j++) {
            if (text.charAt(at + j) != c.charAt(j)) {
                return false;
            }
        }
        return true;
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
