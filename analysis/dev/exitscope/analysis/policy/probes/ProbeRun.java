package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A run that can tell whether it reached a checkpoint whose probe was not recorded, and the walk that asks it
 * over a whole recorded trace (for {@link OnMissing#FAIL}). Not thread-safe.
 */
interface ProbeRun extends PolicyRun {
    /** Whether a checkpoint without its probe has been reached so far. */
    boolean missedProbe();

    /** Runs {@code policy} over {@code trace} and says whether it reaches a missing probe before it exits. */
    /**
     * What a probe policy needs from {@code trace}: {@code probes:KIND} when the trace has no probe of that kind at
     * all, or, with {@code onMissing=fail}, when a replay would reach a checkpoint without its probe before exiting.
     */
    static List<String> probeNeeds(StoppingPolicy policy, Trace trace, String kind, OnMissing onMissing) {
        if (!new PolicyInputs(trace).hasProbes(kind)
                || onMissing == OnMissing.FAIL && reachesMissingProbe(policy, trace)) {
            return List.of("probes:" + kind);
        }
        return List.of();
    }

    static boolean reachesMissingProbe(StoppingPolicy policy, Trace trace) {
        PolicyRun run = policy.start(new PolicyInputs(trace));
        if (!(run instanceof ProbeRun)) {
            return false;
        }
        ProbeRun probeRun = (ProbeRun) run;
        TracePrefix prefix = new TracePrefix(trace);
        List<SignalEvent> events = new ArrayList<>();
        Consumer<SignalEvent> sink = events::add;
        while (prefix.advance()) {
            events.clear();
            for (IncrementalSignal s : run.signals()) {
                s.onToken(prefix, sink);
            }
            Decision d = run.onToken(prefix, events);
            if (probeRun.missedProbe()) {
                return true;
            }
            if (d.exit()) {
                return false;
            }
        }
        events.clear();
        for (IncrementalSignal s : run.signals()) {
            s.onEnd(prefix, sink);
        }
        run.onEnd(prefix, events);
        return probeRun.missedProbe();
    }
}
