package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap keeps each trace's two outcomes paired. The corpora here are built so that pairing decides the
 * answer: every row's own difference is constant, while the rows differ a lot from each other, so a paired
 * resample gives the same statistic every time and an unpaired one (drawing the policy's and the full run's side
 * independently) does not. Each test checks its corpus against such an unpaired resampler too, so that the
 * corpus itself is known to tell the two apart.
 */
class PairedBootstrapTest {
    private static final int RESAMPLES = 2000;

    /** 40 rows, right under the policy exactly when right under the full run; 1 row in 3 is right. */
    private static List<ReplayResult> sameOutcomeRows() {
        List<ReplayResult> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean right = i % 3 == 0;
            int total = 100 + 37 * i;
            rows.add(EvalRows.row("t" + i, true, total / 2, total, total / 2, 0, right, right));
        }
        return rows;
    }

    /** 40 rows that each save exactly half of their tokens, with totals from 2 to 2^20. */
    private static List<ReplayResult> halfSavedRows() {
        List<ReplayResult> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int total = 2 << (i % 20);
            rows.add(EvalRows.row("t" + i, true, total / 2, total, total / 2, 0, i % 2 == 0, i % 5 == 0));
        }
        return rows;
    }

    @Test
    void correctEqualToFullOnEveryRowGivesADeltaIntervalOfExactlyZero() {
        // each row's correct − full is 0, so every resample's Σ(correct − full) is 0 and Δ = 0 / golds = 0
        PairedBootstrap.Result r = PairedBootstrap.run(new Columns(sameOutcomeRows()), 11, RESAMPLES);
        assertEquals(new Interval(0.0, 0.0), r.deltaAccuracy());
    }

    @Test
    void rowsThatEachSaveHalfGiveASavingsIntervalOfExactlyOneHalf() {
        // every resample's ΣU is exactly half its ΣL (all totals even), so 1 − ΣU / ΣL = 0.5 on every draw
        PairedBootstrap.Result r = PairedBootstrap.run(new Columns(halfSavedRows()), 11, RESAMPLES);
        assertEquals(new Interval(0.5, 0.5), r.savings());
    }

    @Test
    void theCorporaTellAPairedResamplerFromAnUnpairedOne() {
        // an unpaired resampler draws the correct side and the full side (the used and the total side) with two
        // independent indices; on these corpora its intervals are wide, so a broken pairing fails the tests above
        Columns same = new Columns(sameOutcomeRows());
        Interval delta = unpairedDelta(same, 11);
        assertTrue(delta.hi() - delta.lo() > 0.2, "unpaired Δ interval " + delta);
        Columns half = new Columns(halfSavedRows());
        Interval savings = unpairedSavings(half, 11);
        assertTrue(savings.hi() - savings.lo() > 0.2, "unpaired savings interval " + savings);
    }

    @Test
    void pairingAlsoHoldsWithRowsWithoutGoldMixedIn() {
        // rows without gold count toward savings only; Δ is still 0 on every draw that has gold
        List<ReplayResult> rows = new ArrayList<>(sameOutcomeRows());
        for (int i = 0; i < 20; i++) {
            rows.add(EvalRows.row("n" + i, true, 10, 20, 10, 0, null, null));
        }
        PairedBootstrap.Result r = PairedBootstrap.run(new Columns(rows), 3, RESAMPLES);
        assertEquals(new Interval(0.0, 0.0), r.deltaAccuracy());
    }

    private static Interval unpairedDelta(Columns c, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            int diff = 0;
            for (int j = 0; j < c.size; j++) {
                diff += c.correct[rnd.nextInt(c.size)] - c.full[rnd.nextInt(c.size)];
            }
            v[b] = (double) diff / c.size;
        }
        return percentileInterval(v);
    }

    private static Interval unpairedSavings(Columns c, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            long used = 0;
            long total = 0;
            for (int j = 0; j < c.size; j++) {
                used += c.used[rnd.nextInt(c.size)];
                total += c.total[rnd.nextInt(c.size)];
            }
            v[b] = 1.0 - (double) used / total;
        }
        return percentileInterval(v);
    }

    private static Interval percentileInterval(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return new Interval(PairedBootstrap.quantile(sorted, 0.025), PairedBootstrap.quantile(sorted, 0.975));
    }
}
