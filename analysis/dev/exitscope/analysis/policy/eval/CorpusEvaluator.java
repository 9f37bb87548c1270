package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.group.FirstFinish;
import dev.exitscope.analysis.policy.group.GroupBuffer;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates policy configurations over a streamed corpus: {@link #replay} turns one trace into its rows for every
 * per-trace configuration (thread-safe, may run on several threads), {@link #add} files them, and {@link #finish}
 * computes one {@link CorpusEvaluation} per configuration in the order given (the {@code --policy} specs, then the
 * sweep's grid) with the Pareto flags set.
 *
 * <p>Memory: traces are not kept. Per configuration the evaluator keeps about {@link #BYTES_PER_CONFIGURATION}
 * bytes (the policy, its evaluation, its rows of the trace in flight) and {@link #BYTES_PER_ROW} bytes per trace (its
 * row in primitive columns, the bootstrap's columns, the id reference; the id string is shared), estimated by
 * {@link #resultBytes}; with {@link #limitMemory} set, {@link #add} refuses the trace that would take the estimate
 * past the limit. {@code ffs} keeps one {@code GroupSample} per trace until the end, because sibling samples may be
 * anywhere in the input. {@link #add} is not thread-safe: call it from one thread.
 */
public final class CorpusEvaluator {
    /** Bytes kept per configuration whatever the corpus, measured on a 100,000-point sweep and rounded up. */
    public static final int BYTES_PER_CONFIGURATION = 1280;
    /** Bytes kept per configuration and trace: the row, its bootstrap column and the reference to its id. */
    public static final int BYTES_PER_ROW = RowStore.BYTES_PER_ROW + Columns.BYTES_PER_ROW + 7;

    private final List<StoppingPolicy> policies = new ArrayList<>();
    private final List<Integer> slotOfPolicy = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Map<String, String>> params = new ArrayList<>();
    private final List<RowStore> rows = new ArrayList<>();
    private final @Nullable SweepReplay sweep;
    private final int sweepFirstSlot;
    private final int ffsSlot;
    private final @Nullable GroupBuffer groups;
    private final AnswerCost answerCost;
    private long memoryLimit = Long.MAX_VALUE;
    private int traces;

    /**
     * @param specs  the {@code --policy} specs ({@code ffs} among them is the group policy)
     * @param sweep  the {@code --sweep} spec, or null
     * @throws IllegalArgumentException for unknown policies, parameters or bad values
     */
    public CorpusEvaluator(PolicyRegistry registry, List<PolicySpec> specs, @Nullable SweepSpec sweep) {
        this(registry, specs, sweep, AnswerCost.RECORDED);
    }

    /**
     * @param answerCost how the rows count the answer after an exit
     * @see #CorpusEvaluator(PolicyRegistry, List, SweepSpec)
     */
    public CorpusEvaluator(PolicyRegistry registry, List<PolicySpec> specs, @Nullable SweepSpec sweep,
                           AnswerCost answerCost) {
        this.answerCost = answerCost;
        int ffs = -1;
        for (PolicySpec s : specs) {
            if (s.name().equals(FirstFinish.NAME)) {
                if (!s.values().isEmpty()) {
                    throw new IllegalArgumentException("policy 'ffs' has no parameters");
                }
                if (ffs < 0) {
                    ffs = addSlot(FirstFinish.NAME, Map.of());
                }
                continue;
            }
            StoppingPolicy p = registry.create(s);
            slotOfPolicy.add(addSlot(p.name(), p.params()));
            policies.add(p);
        }
        ffsSlot = ffs;
        groups = ffs < 0 ? null : new GroupBuffer();
        if (sweep == null) {
            this.sweep = null;
            sweepFirstSlot = -1;
        } else {
            List<StoppingPolicy> grid = new ArrayList<>();
            sweepFirstSlot = labels.size();
            for (PolicySpec s : sweep.specs()) {
                StoppingPolicy p = registry.create(s);
                grid.add(p);
                addSlot(p.name(), p.params());
            }
            this.sweep = new SweepReplay(grid, sweep.base().name(), sweep.param());
        }
    }

    private int addSlot(String label, Map<String, String> p) {
        labels.add(label);
        params.add(p);
        rows.add(new RowStore());
        return labels.size() - 1;
    }

    /** Number of configurations. */
    public int size() {
        return labels.size();
    }

    /** Whether the sweep (if any) runs in one pass per trace. */
    public boolean sweepIsOnePass() {
        return sweep != null && sweep.onePass();
    }

    /** The rows of one trace for the per-trace configurations, then the sweep's. Thread-safe. */
    public TraceRows replay(Trace trace) {
        List<ReplayResult> own = policies.isEmpty() ? List.of()
                : ReplayEngine.replayAll(trace, policies, answerCost);
        List<ReplayResult> swept = sweep == null ? List.of() : sweep.replay(trace, answerCost);
        return new TraceRows(trace, own, swept);
    }

    /** About how many bytes {@code configurations} configurations keep over {@code traces} traces. */
    public static long resultBytes(long configurations, long traces) {
        return configurations * (BYTES_PER_CONFIGURATION + traces * BYTES_PER_ROW);
    }

    /**
     * Refuses, from now on, to keep more than {@code bytes} of results by {@link #resultBytes}.
     *
     * @throws TooLarge at once when one trace would already take more
     */
    public void limitMemory(long bytes) {
        memoryLimit = bytes;
        check(1);
    }

    /**
     * Refuses {@code configurations} configurations whose rows of one trace would already take more than
     * {@code bytes}, before they are built.
     *
     * @throws TooLarge then
     */
    public static void checkFits(int configurations, long bytes) {
        long need = resultBytes(configurations, 1);
        if (need > bytes) {
            throw new TooLarge(configurations, 1, need, bytes);
        }
    }

    private void check(int tracesKept) {
        long need = resultBytes(size(), tracesKept);
        if (need > memoryLimit) {
            throw new TooLarge(size(), tracesKept, need, memoryLimit);
        }
    }

    /**
     * Files one trace's rows (and, for {@code ffs}, its group sample). Call from one thread.
     *
     * @throws TooLarge when the results would pass the limit of {@link #limitMemory}
     */
    public void add(TraceRows r) {
        check(traces + 1);
        traces++;
        for (int i = 0; i < r.own().size(); i++) {
            rows.get(slotOfPolicy.get(i)).add(r.own().get(i));
        }
        for (int i = 0; i < r.swept().size(); i++) {
            rows.get(sweepFirstSlot + i).add(r.swept().get(i));
        }
        if (groups != null) {
            groups.add(r.trace());
        }
    }

    /**
     * Replays and files one trace on the calling thread; a trace that {@link #add} would refuse is refused before it
     * is replayed.
     */
    public void accept(Trace trace) {
        check(traces + 1);
        add(replay(trace));
    }

    /**
     * Every configuration's evaluation, Pareto flags set among those with the same baseline and the same replayable
     * traces. Configurations are evaluated in parallel on
     * the common pool; each bootstrap has its own generator seeded with {@code seed}, so results do not depend on
     * the schedule.
     */
    public List<CorpusEvaluation> finish(long seed) {
        if (groups != null) {
            groups.replay().forEach(rows.get(ffsSlot)::add);
        }
        CorpusEvaluation[] out = new CorpusEvaluation[labels.size()];
        BootstrapCache bootstrap = new BootstrapCache(seed, PairedBootstrap.RESAMPLES);
        java.util.stream.IntStream.range(0, out.length).parallel()
                .forEach(i -> out[i] = CorpusEvaluation.of(labels.get(i), params.get(i), rows.get(i), answerCost,
                        bootstrap));
        Map<List<String>, Integer> groupIds = new java.util.HashMap<>();
        List<Integer> comparable = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            List<String> key = comparisonGroup(out[i].baseline(), rows.get(i));
            comparable.add(groupIds.computeIfAbsent(key, k -> groupIds.size()));
        }
        return Pareto.mark(List.of(out), comparable);
    }

    /** The baseline, then the sorted ids of the replayable rows: configurations compete when these are equal. */
    private static List<String> comparisonGroup(String baseline, RowStore rows) {
        List<String> ids = new ArrayList<>(rows.size() + 1);
        for (int k = 0; k < rows.size(); k++) {
            if (rows.replayable(k)) {
                ids.add(rows.trace(k));
            }
        }
        java.util.Collections.sort(ids);
        ids.add(0, baseline);
        return ids;
    }

    /**
     * The results of {@code configurations} over {@code traces} traces (the traces read so far) would take about
     * {@code bytes}, more than the {@code limit} of {@link #limitMemory}.
     */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int configurations;
        private final int traces;
        private final long bytes;
        private final long limit;

        TooLarge(int configurations, int traces, long bytes, long limit) {
            super(configurations + " configurations x " + traces + " traces need about " + bytes + " bytes, more than "
                    + limit);
            this.configurations = configurations;
            this.traces = traces;
            this.bytes = bytes;
            this.limit = limit;
        }

        public int configurations() {
            return configurations;
        }

        public int traces() {
            return traces;
        }

        public long bytes() {
            return bytes;
        }

        public long limit() {
            return limit;
        }
    }

    /**
     * One trace's rows in flight from {@link #replay} to {@link #add}. It holds the trace only so that {@code ffs}
     * can read its group sample; {@link #add} drops it.
     */
    public record TraceRows(Trace trace, List<ReplayResult> own, List<ReplayResult> swept) {
    }
}
