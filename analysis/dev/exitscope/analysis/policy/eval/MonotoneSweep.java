package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A one-pass replay of a parameter sweep for a rule whose exit moves monotonically with the parameter (a budget, a
 * threshold on a running signal): one scan of the trace yields the exit of every grid value, instead of one replay
 * per value. Implementations must give exactly the exits that {@code ReplayEngine} would give for each
 * configuration (tests compare them). Stateless and thread-safe.
 */
public interface MonotoneSweep {
    /** The policy name and swept parameter this sweep handles ({@code budget:tokens}). */
    String key();

    /**
     * The exit of each configuration on {@code trace}, or null where it never fires. The configurations are the
     * same policy differing only in the swept parameter; the trace is replayable by them (needs are empty).
     */
    @Nullable SweepExit[] exits(Trace trace, List<? extends StoppingPolicy> configurations);
}
