package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The replay rows of one configuration, kept as the fields {@link CorpusEvaluation} reads, in primitive columns:
 * {@value #BYTES_PER_ROW} bytes a row at most (counting the spare capacity of growth) instead of a
 * {@link ReplayResult} with its own parameter map. Trace ids are references to the rows' strings; the needs of
 * rows that could not be replayed are kept as their lists. Not thread-safe.
 */
final class RowStore {
    /** Bytes a row takes here at most: 33 of columns, times 1.5 for spare capacity, rounded up. */
    static final int BYTES_PER_ROW = 56;

    private static final int REPLAYABLE = 1;
    private static final int EXITED = 2;
    private static final int HAS_CORRECT = 4;
    private static final int CORRECT = 8;
    private static final int HAS_FULL = 16;
    private static final int FULL = 32;
    private static final int PREMATURE = 64;

    private int size;
    private int[] used = new int[8];
    private int[] total = new int[8];
    private int[] overhead = new int[8];
    private int[] thinking = new int[8];
    private int[] thinkingKept = new int[8];
    private double[] saved = new double[8];
    private byte[] flags = new byte[8];
    private String[] trace = new String[8];
    private final List<List<String>> needs = new ArrayList<>();

    static RowStore of(List<ReplayResult> rows) {
        RowStore s = new RowStore();
        rows.forEach(s::add);
        return s;
    }

    void add(ReplayResult r) {
        if (size == flags.length) {
            int cap = size + (size >> 1);
            used = Arrays.copyOf(used, cap);
            total = Arrays.copyOf(total, cap);
            overhead = Arrays.copyOf(overhead, cap);
            thinking = Arrays.copyOf(thinking, cap);
            thinkingKept = Arrays.copyOf(thinkingKept, cap);
            saved = Arrays.copyOf(saved, cap);
            flags = Arrays.copyOf(flags, cap);
            trace = Arrays.copyOf(trace, cap);
        }
        int f = (r.replayable() ? REPLAYABLE : 0) | (r.exitToken() != null ? EXITED : 0)
                | (r.premature() ? PREMATURE : 0);
        if (r.correct() != null) {
            f |= HAS_CORRECT | (r.correct() ? CORRECT : 0);
        }
        if (r.correctFull() != null) {
            f |= HAS_FULL | (r.correctFull() ? FULL : 0);
        }
        if (!r.replayable()) {
            needs.add(r.needs());
        }
        used[size] = r.tokensUsed();
        total[size] = r.tokensTotal();
        overhead[size] = r.overheadTokens();
        thinking[size] = r.thinkingTokens();
        thinkingKept[size] = r.thinkingKept();
        saved[size] = r.saved();
        flags[size] = (byte) f;
        trace[size] = r.trace();
        size++;
    }

    int size() {
        return size;
    }

    boolean replayable(int i) {
        return (flags[i] & REPLAYABLE) != 0;
    }

    boolean exited(int i) {
        return (flags[i] & EXITED) != 0;
    }

    boolean premature(int i) {
        return (flags[i] & PREMATURE) != 0;
    }

    @Nullable Boolean correct(int i) {
        return (flags[i] & HAS_CORRECT) == 0 ? null : (flags[i] & CORRECT) != 0;
    }

    @Nullable Boolean correctFull(int i) {
        return (flags[i] & HAS_FULL) == 0 ? null : (flags[i] & FULL) != 0;
    }

    int used(int i) {
        return used[i];
    }

    int total(int i) {
        return total[i];
    }

    int overhead(int i) {
        return overhead[i];
    }

    int thinking(int i) {
        return thinking[i];
    }

    int thinkingKept(int i) {
        return thinkingKept[i];
    }

    double saved(int i) {
        return saved[i];
    }

    String trace(int i) {
        return trace[i];
    }

    /** The needs of each row that could not be replayed, in row order. */
    List<List<String>> needs() {
        return needs;
    }
}
