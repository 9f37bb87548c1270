package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shared draws and the shared results give exactly the intervals of one {@link PairedBootstrap#run} per
 * configuration, on seeded random rows with and without gold, with rows that could not be replayed mixed in.
 */
class BootstrapCacheTest {
    private static List<ReplayResult> randomRows(Random rnd, int n) {
        List<ReplayResult> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int total = rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(5000);
            int used = total == 0 ? 0 : 1 + rnd.nextInt(total);
            Boolean correct = rnd.nextInt(4) == 0 ? null : rnd.nextBoolean();
            Boolean full = correct == null ? null : rnd.nextBoolean();
            rows.add(EvalRows.row("t" + i, rnd.nextInt(6) != 0, used < total ? used : null, total, used, 0, correct,
                    full));
        }
        return rows;
    }

    @Test
    void sharedDrawsGiveTheIntervalsOfOneRunPerConfiguration() {
        Random rnd = new Random(42);
        for (int round = 0; round < 60; round++) {
            int n = rnd.nextInt(40);
            long seed = rnd.nextInt(5);
            int resamples = 1 + rnd.nextInt(300);
            Columns c = new Columns(randomRows(rnd, n));
            PairedBootstrap.Result alone = PairedBootstrap.run(c, seed, resamples);
            assertEquals(alone, new BootstrapCache(seed, resamples).run(c), "round " + round);
            if (c.size > 0) {
                assertEquals(alone, PairedBootstrap.run(c, PairedBootstrap.counts(c.size, seed, resamples),
                        resamples), "round " + round);
            }
        }
    }

    @Test
    void equalColumnsShareOneResultAndOtherColumnsDoNot() {
        Random rnd = new Random(3);
        List<ReplayResult> rows = randomRows(rnd, 30);
        BootstrapCache cache = new BootstrapCache(1, PairedBootstrap.RESAMPLES);
        PairedBootstrap.Result first = cache.run(new Columns(rows));
        assertSame(first, cache.run(new Columns(new ArrayList<>(rows))));
        List<ReplayResult> other = new ArrayList<>(rows);
        other.set(0, EvalRows.row("t0", true, 1, 10, 1, 0, true, true));
        Columns changed = new Columns(other);
        assertEquals(PairedBootstrap.run(changed, 1, PairedBootstrap.RESAMPLES), cache.run(changed));
    }
}
