package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.rules.Boundaries;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.signals.entropy.WindowMean;
import dev.exitscope.analysis.text.CharRanges;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code entropy:threshold} in one pass. The {@code entropy} rule exits at the first checkpoint t (a boundary
 * token with t + 1 ≥ minTokens and at least one entropy in the window) whose windowed mean m_t is below the
 * threshold θ. One scan computes m_t at every checkpoint with the rule's own arithmetic (same ring buffer, same
 * order of additions) and keeps the checkpoints that set a new running minimum. The first checkpoint below θ is
 * always such a record, and the records strictly decrease, so it is found for every θ by binary search:
 * O(L + points · log L) per trace instead of O(points · L). Stateless.
 */
public final class EntropySweep implements MonotoneSweep {
    @Override
    public String key() {
        return "entropy:threshold";
    }

    @Override
    public @Nullable SweepExit[] exits(Trace trace, List<? extends StoppingPolicy> configurations) {
        SweepExit[] out = new SweepExit[configurations.size()];
        if (out.length == 0) {
            return out;
        }
        Map<String, String> p = configurations.get(0).params();
        int minTokens = Integer.parseInt(p.get("minTokens"));
        int window = Integer.parseInt(p.get("window"));
        String boundaries = Boundaries.decode(p.get("boundaries"));
        EntropyColumns ec = EntropySignal.compute(trace);
        String text = trace.text();
        int n = trace.tokenCount();
        int[] at = new int[Math.min(n, 1024)];
        double[] runMin = new double[at.length];
        int checkpoints = 0;
        WindowMean local = new WindowMean(window);
        double min = Double.POSITIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            local.add(ec.entropy(t));
            if (t + 1 >= minTokens && local.count() > 0
                    && CharRanges.containsAny(text, trace.tokenStart(t), trace.tokenEnd(t), boundaries)) {
                double m = local.mean();
                if (m < min) {
                    min = m;
                    if (checkpoints == at.length) {
                        at = Arrays.copyOf(at, at.length * 2);
                        runMin = Arrays.copyOf(runMin, runMin.length * 2);
                    }
                    at[checkpoints] = t;
                    runMin[checkpoints++] = m;
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            double theta = Double.parseDouble(configurations.get(i).params().get("threshold"));
            int k = firstBelow(runMin, checkpoints, theta);
            if (k >= 0) {
                out[i] = new SweepExit(at[k] + 1, at[k] + 1, ExitReason.THRESHOLD);
            }
        }
        return out;
    }

    /** The first index of strictly decreasing {@code v[0, size)} whose value is below {@code theta}, or -1. */
    static int firstBelow(double[] v, int size, double theta) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] < theta) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < size ? lo : -1;
    }
}
