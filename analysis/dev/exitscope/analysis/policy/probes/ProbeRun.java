package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDriver;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.ReplayTrace;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;

/**
 * A run that can tell whether it reached a checkpoint whose probe was not there, and the check that follows a
 * recorded trace with a {@link PolicyDriver} to ask it (for {@link OnMissing#FAIL}). Not thread-safe.
 */
interface ProbeRun extends PolicyRun {
    /** Whether a checkpoint without its probe has been reached so far. */
    boolean missedProbe();

    /**
     * What a probe policy needs from {@code inputs}: {@code probes:KIND} when they provide no probe of that kind at
     * all, or, with {@code onMissing=fail} on a recorded trace, when a replay would reach a checkpoint without its
     * probe before exiting.
     */
    static List<String> probeNeeds(StoppingPolicy policy, PolicyInputs inputs, String kind, OnMissing onMissing) {
        if (!inputs.hasProbes(kind)
                || onMissing == OnMissing.FAIL && reachesMissingProbe(policy, inputs)) {
            return List.of("probes:" + kind);
        }
        return List.of();
    }

    /** Whether a replay of {@code policy} on the recorded trace behind {@code inputs} misses a probe before exiting. */
    static boolean reachesMissingProbe(StoppingPolicy policy, PolicyInputs inputs) {
        Trace trace = inputs.recorded();
        if (trace == null) {
            return false;
        }
        PolicyDriver driver = PolicyDriver.start(policy, inputs);
        if (!(driver.run() instanceof ProbeRun)) {
            return false;
        }
        ProbeRun run = (ProbeRun) driver.run();
        driver.follow(new TracePrefix(trace), ReplayTrace.reasoningEnd(trace), (d, decision) -> !run.missedProbe());
        return run.missedProbe();
    }
}
