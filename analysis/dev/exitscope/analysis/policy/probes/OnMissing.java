package dev.exitscope.analysis.policy.probes;

/**
 * What a probe policy does at a checkpoint whose probe was not recorded. {@link #SKIP}: the checkpoint cannot
 * trigger an exit and the run goes on (a trace without any probe of the kind is still reported as not
 * replayable). {@link #FAIL}: the trace is reported as not replayable ({@code needs probes:KIND}) as soon as the
 * policy would reach such a checkpoint before it exits. Either way the full trace's answer never stands in for a
 * missing probe.
 */
public enum OnMissing {
    SKIP, FAIL
}
