package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.rules.ScmPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code scm:k} in one pass. SCM's Delay-k rule exits at the token t where the cumulative count of tokens with
 * series {@code harm} ≥ θ reaches k, keeping {@code [0, t + 1)}; NaN values never count. One walk of the trace
 * records the token of the 1st, 2nd, … counted value, up to the largest k of the grid; the exit for k is then
 * read off the k-th record. This is how SCM itself picks k by best F1 over k = 1 … 50 ({@code evaluate_k} in
 * ICTMCG/SCM {@code utils/metrics.py}): {@code --sweep scm:k=1:50:50}. O(L + points) per trace. Stateless.
 */
public final class ScmSweep implements MonotoneSweep {
    @Override
    public String key() {
        return ScmPolicy.NAME + ":k";
    }

    @Override
    public @Nullable SweepExit[] exits(Trace trace, List<? extends StoppingPolicy> configurations) {
        SweepExit[] out = new SweepExit[configurations.size()];
        if (out.length == 0) {
            return out;
        }
        double theta = Double.parseDouble(configurations.get(0).params().get("theta"));
        int[] ks = new int[out.length];
        int maxK = 0;
        for (int i = 0; i < ks.length; i++) {
            ks[i] = Integer.parseInt(configurations.get(i).params().get("k"));
            maxK = Math.max(maxK, ks[i]);
        }
        int n = trace.tokenCount();
        int[] at = new int[Math.min(maxK, 1024)];
        int count = 0;
        for (int t = 0; t < n && count < maxK; t++) {
            float h = trace.series(ScmPolicy.SERIES, t);
            if (h >= theta) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, Math.min(maxK, at.length * 2));
                }
                at[count++] = t;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (ks[i] <= count) {
                int t = at[ks[i] - 1];
                out[i] = new SweepExit(t + 1, t + 1, ExitReason.HARM);
            }
        }
        return out;
    }
}
