package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.List;

/**
 * The replayable rows of one configuration as primitive columns, so that thousands of bootstrap resamples run over
 * arrays instead of records ({@value #BYTES_PER_ROW} bytes a row). {@code gold[i]} is set when both correctness
 * values are known; {@code correct}/{@code full} are then 0 or 1. Immutable after construction; not shared.
 */
final class Columns {
    /** Bytes a row takes here. */
    static final int BYTES_PER_ROW = 17;

    final int size;
    final int[] used;
    final int[] total;
    final boolean[] gold;
    final int[] correct;
    final int[] full;

    Columns(List<ReplayResult> rows) {
        this(RowStore.of(rows));
    }

    Columns(RowStore rows) {
        int n = 0;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.replayable(k)) {
                n++;
            }
        }
        size = n;
        used = new int[n];
        total = new int[n];
        gold = new boolean[n];
        correct = new int[n];
        full = new int[n];
        int i = 0;
        for (int k = 0; k < rows.size(); k++) {
            if (!rows.replayable(k)) {
                continue;
            }
            used[i] = rows.used(k);
            total[i] = rows.total(k);
            Boolean c = rows.correct(k);
            Boolean f = rows.correctFull(k);
            if (c != null && f != null) {
                gold[i] = true;
                correct[i] = c ? 1 : 0;
                full[i] = f ? 1 : 0;
            }
            i++;
        }
    }
}
