package dev.exitscope.analysis.policy.eval;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paired bootstraps of one {@link CorpusEvaluator#finish} call, shared between its configurations. Every
 * configuration's generator has the same seed, so configurations with the same number of replayable rows draw the
 * same rows: the draws are made once per row count and kept as counts ({@link PairedBootstrap#counts}) when they
 * take at most {@link #MAX_SHARED_COUNTS} cells, and configurations whose columns are equal (adjacent grid points
 * that exit at the same tokens) share one result. Both give exactly the intervals of {@link PairedBootstrap#run}.
 * Thread-safe.
 */
final class BootstrapCache {
    /** The largest resamples × rows kept as shared counts (16 MiB of ints). */
    static final int MAX_SHARED_COUNTS = 1 << 22;

    private final long seed;
    private final int resamples;
    private final Map<Integer, int[]> counts = new ConcurrentHashMap<>();
    private final Map<Key, PairedBootstrap.Result> results = new ConcurrentHashMap<>();

    BootstrapCache(long seed, int resamples) {
        this.seed = seed;
        this.resamples = resamples;
    }

    /** The bootstrap of {@code c}, equal to {@code PairedBootstrap.run(c, seed, resamples)}. */
    PairedBootstrap.Result run(Columns c) {
        return results.computeIfAbsent(new Key(c), k -> compute(c));
    }

    private PairedBootstrap.Result compute(Columns c) {
        if (c.size == 0 || (long) c.size * resamples > MAX_SHARED_COUNTS) {
            return PairedBootstrap.run(c, seed, resamples);
        }
        int[] draws = counts.computeIfAbsent(c.size, n -> PairedBootstrap.counts(n, seed, resamples));
        return PairedBootstrap.run(c, draws, resamples);
    }

    /** The columns the bootstrap reads, compared by content. */
    private static final class Key {
        private final Columns c;
        private final int hash;

        Key(Columns c) {
            this.c = c;
            int h = Arrays.hashCode(c.used);
            h = 31 * h + Arrays.hashCode(c.total);
            h = 31 * h + Arrays.hashCode(c.gold);
            h = 31 * h + Arrays.hashCode(c.correct);
            this.hash = 31 * h + Arrays.hashCode(c.full);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(c.used, k.c.used)
                    && Arrays.equals(c.total, k.c.total) && Arrays.equals(c.gold, k.c.gold)
                    && Arrays.equals(c.correct, k.c.correct) && Arrays.equals(c.full, k.c.full);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
