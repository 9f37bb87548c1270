package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayTrace;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code budget:tokens} in closed form: with the reasoning starting at token s (the thinking block's opening tag, 0
 * without a block) and ending at R ({@code ReplayTrace.reasoningEnd}), budget B exits keeping s + B tokens when
 * s + B &lt; R (decided once max(s + B, 1) tokens are seen) and never fires otherwise. O(points) per trace, no scan
 * at all. Stateless.
 */
public final class BudgetSweep implements MonotoneSweep {
    @Override
    public String key() {
        return "budget:tokens";
    }

    @Override
    public @Nullable SweepExit[] exits(Trace trace, List<? extends StoppingPolicy> configurations) {
        long start = trace.thinkStart() == null ? 0 : trace.thinkStart();
        int end = ReplayTrace.reasoningEnd(trace);
        SweepExit[] out = new SweepExit[configurations.size()];
        for (int i = 0; i < out.length; i++) {
            long keep = start + Integer.parseInt(configurations.get(i).params().get("tokens"));
            if (keep < end) {
                out[i] = new SweepExit((int) keep, (int) Math.max(keep, 1), ExitReason.BUDGET);
            }
        }
        return out;
    }
}
