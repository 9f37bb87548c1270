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
import dev.exitscope.analysis.trace.Probe;
import java.util.List;

/**
 * One {@link LynxPolicy} run. An event without a probability (no series value, no probe with {@code p}) cannot
 * trigger an exit. Overhead: the out tokens of the {@code lynx} probes read and of the forced answer at the exit.
 * Not thread-safe.
 */
final class LynxRun implements ProbeRun {
    private final PolicyInputs inputs;
    private final LynxCalibration calibration;
    private final boolean useSeries;
    private final CueDetector cues = CueDetector.defaults(CueRule.LYNX);
    private final ThinkingEnd thinking = new ThinkingEnd();
    private int lastEvent = -1;
    private int overhead;
    private boolean missed;

    LynxRun(PolicyInputs inputs, LynxCalibration calibration) {
        this.inputs = inputs;
        this.calibration = calibration;
        this.useSeries = inputs.hasSeries(LynxPolicy.SERIES);
    }

    @Override
    public List<IncrementalSignal> signals() {
        return List.of(cues);
    }

    @Override
    public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
        for (SignalEvent e : events) {
            if (!(e instanceof CueSeen) || ((CueSeen) e).rule() != CueRule.LYNX) {
                continue;
            }
            int token = e.token();
            if (token == lastEvent || !thinking.thinking(soFar, ((CueSeen) e).startChar())) {
                continue;
            }
            lastEvent = token;
            Decision d = event(soFar, token);
            if (d.exit()) {
                return d;
            }
        }
        return Decision.CONTINUE;
    }

    private Decision event(TraceSoFar soFar, int token) {
        Probe probe = inputs.probe(soFar, LynxPolicy.KIND, token);
        if (probe != null) {
            overhead += probe.costTokens();
        }
        double p = Double.NaN;
        if (useSeries) {
            p = inputs.series(soFar, LynxPolicy.SERIES, token);
        } else if (probe != null && probe.p() != null) {
            p = probe.p();
        }
        if (Double.isNaN(p)) {
            missed = true;
            return Decision.CONTINUE;
        }
        if (!calibration.exits(p)) {
            return Decision.CONTINUE;
        }
        Probe answer = inputs.probe(soFar, "forced", token);
        if (answer != null) {
            overhead += answer.costTokens();
        } else if (probe != null && probe.answer() != null) {
            answer = probe;
        }
        return answer == null ? Decision.exit(token, ExitReason.CONFIDENT)
                : Decision.exit(token, ExitReason.CONFIDENT, answer);
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
