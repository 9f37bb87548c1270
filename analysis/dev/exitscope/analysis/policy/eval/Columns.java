package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.List;

/**
 * The replayable rows of one configuration as primitive columns, so that metrics and thousands of bootstrap
 * resamples run over arrays instead of records. {@code gold[i]} is set when both correctness values are known;
 * {@code correct}/{@code full} are then 0 or 1. Immutable after construction; not shared.
 */
final class Columns {
    final int size;
    final long[] used;
    final long[] total;
    final long[] overhead;
    final boolean[] gold;
    final int[] correct;
    final int[] full;

    Columns(List<ReplayResult> rows) {
        int n = 0;
        for (ReplayResult r : rows) {
            if (r.replayable()) {
                n++;
            }
        }
        size = n;
        used = new long[n];
        total = new long[n];
        overhead = new long[n];
        gold = new boolean[n];
        correct = new int[n];
        full = new int[n];
        int i = 0;
        for (ReplayResult r : rows) {
            if (!r.replayable()) {
                continue;
            }
            used[i] = r.tokensUsed();
            total[i] = r.tokensTotal();
            overhead[i] = r.overheadTokens();
            if (r.correct() != null && r.correctFull() != null) {
                gold[i] = true;
                correct[i] = r.correct() ? 1 : 0;
                full[i] = r.correctFull() ? 1 : 0;
            }
            i++;
        }
    }
}
