package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code budget:tokens} in closed form: with L tokens, budget B exits keeping B tokens when B ≤ L (decided once
 * max(B, 1) tokens are seen; a budget of 0 on an empty trace fires at the end) and never fires otherwise. O(points)
 * per trace, no scan at all. Stateless.
 */
public final class BudgetSweep implements MonotoneSweep {
    @Override
    public String key() {
        return "budget:tokens";
    }

    @Override
    public @Nullable SweepExit[] exits(Trace trace, List<? extends StoppingPolicy> configurations) {
        int n = trace.tokenCount();
        SweepExit[] out = new SweepExit[configurations.size()];
        for (int i = 0; i < out.length; i++) {
            int b = Integer.parseInt(configurations.get(i).params().get("tokens"));
            if (n == 0) {
                out[i] = b == 0 ? new SweepExit(0, 1, ExitReason.BUDGET) : null;
            } else if (b <= n) {
                out[i] = new SweepExit(b, Math.max(b, 1), ExitReason.BUDGET);
            }
        }
        return out;
    }
}
