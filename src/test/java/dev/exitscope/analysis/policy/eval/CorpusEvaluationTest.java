package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusEvaluationTest {
    private static final double EPS = 1e-12;

    @Test
    void everyMetricMatchesTheHandComputation() {
        CorpusEvaluation e = CorpusEvaluation.of("test", Map.of("k", "1"), EvalRows.seven(), 1);
        // R = t1 t2 t3 t4 t5 t7 (t6 is not replayable): ΣU = 40+50+100+60+25+20 = 295, ΣL = 650, ΣO = 15
        assertEquals(7, e.traces());
        assertEquals(6, e.replayable());
        assertEquals(1.0 - 295.0 / 650.0, e.savings(), EPS);
        assertEquals(1.0 - 310.0 / 650.0, e.savingsWithOverhead(), EPS);
        // saved: 0.6 0.75 0 0.4 0.5 0.8
        assertEquals(3.05 / 6, e.savingsMean(), EPS);
        // G = t1 t2 t3 t4 t7: right under the policy t1 t4, in full t1 t2 t7
        assertEquals(0.4, e.accuracy(), EPS);
        assertEquals(0.6, e.accuracyFull(), EPS);
        assertEquals(-0.2, e.deltaAccuracy(), EPS);
        assertEquals(2.0 / 3.0, e.retention(), EPS);
        assertEquals(2, e.rightToWrong());
        assertEquals(1, e.wrongToRight());
        // exited with gold: t1 t2 t4 t7, premature t2 t7
        assertEquals(0.5, e.prematureRate(), EPS);
        // exited: t1 t2 t4 t5 t7 of six
        assertEquals(5.0 / 6.0, e.exitRate(), EPS);
        // U/L: 0.4 0.25 1 0.6 0.5 0.2
        assertEquals(2.95 / 6, e.meanExitPosition(), EPS);
        // b = 2, c = 1: 2 · (C(3,0) + C(3,1)) / 8 = 1
        assertEquals(1.0, e.mcnemarP(), EPS);
        assertEquals(Map.of("k", "1"), e.params());
    }

    @Test
    void nothingReplayableGivesNullsAndZeroCounts() {
        CorpusEvaluation e = CorpusEvaluation.of("test", Map.of(),
                List.of(EvalRows.row("x", false, null, 10, 10, 0, true, true)), 1);
        assertEquals(1, e.traces());
        assertEquals(0, e.replayable());
        assertNull(e.savings());
        assertNull(e.savingsMean());
        assertNull(e.savingsWithOverhead());
        assertNull(e.accuracy());
        assertNull(e.deltaAccuracy());
        assertNull(e.retention());
        assertNull(e.exitRate());
        assertNull(e.meanExitPosition());
        assertNull(e.ciSavings());
        assertNull(e.ciDeltaAccuracy());
        assertNull(e.mcnemarP());
        assertEquals(0, e.rightToWrong());
        CorpusEvaluation empty = CorpusEvaluation.of("test", Map.of(), List.of(), 1);
        assertEquals(0, empty.traces());
        assertNull(empty.savings());
    }

    @Test
    void withoutGoldAccuracyFieldsAreNullButSavingsAreKnown() {
        List<ReplayResult> rows = List.of(EvalRows.row("a", true, 5, 10, 5, 0, null, null),
                EvalRows.row("b", true, null, 30, 30, 0, null, null));
        CorpusEvaluation e = CorpusEvaluation.of("test", Map.of(), rows, 1);
        assertEquals(1.0 - 35.0 / 40.0, e.savings(), EPS);
        assertNull(e.accuracy());
        assertNull(e.accuracyFull());
        assertNull(e.prematureRate());
        assertNull(e.mcnemarP());
        assertNull(e.ciDeltaAccuracy());
        assertNotNull(e.ciSavings());
    }

    @Test
    void retentionIsNullWhenTheFullRunIsNeverRight() {
        CorpusEvaluation e = CorpusEvaluation.of("test", Map.of(),
                List.of(EvalRows.row("a", true, 5, 10, 5, 0, true, false)), 1);
        assertEquals(1.0, e.accuracy(), EPS);
        assertEquals(0.0, e.accuracyFull(), EPS);
        assertNull(e.retention());
    }

    @Test
    void bootstrapIsReproducibleWithItsSeedAndCoversThePointEstimate() {
        List<ReplayResult> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int total = 100 + 7 * i;
            int used = total - (i * 13) % total;
            rows.add(EvalRows.row("t" + i, true, used, total, used, 0, i % 3 != 0, i % 4 != 0));
        }
        CorpusEvaluation a = CorpusEvaluation.of("test", Map.of(), rows, 7);
        CorpusEvaluation b = CorpusEvaluation.of("test", Map.of(), rows, 7);
        CorpusEvaluation c = CorpusEvaluation.of("test", Map.of(), rows, 8);
        assertEquals(a.ciSavings(), b.ciSavings());
        assertEquals(a.ciDeltaAccuracy(), b.ciDeltaAccuracy());
        assertNotEquals(a.ciSavings(), c.ciSavings());
        assertTrue(a.ciSavings().contains(a.savings()), a.ciSavings() + " vs " + a.savings());
        assertTrue(a.ciDeltaAccuracy().contains(a.deltaAccuracy()), a.ciDeltaAccuracy() + " vs "
                + a.deltaAccuracy());
        assertTrue(a.ciSavings().hi() - a.ciSavings().lo() > 0);
    }

    @Test
    void bootstrapOfIdenticalRowsIsAPoint() {
        List<ReplayResult> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(EvalRows.row("t" + i, true, 30, 100, 30, 0, true, true));
        }
        CorpusEvaluation e = CorpusEvaluation.of("test", Map.of(), rows, 1);
        assertEquals(new Interval(0.7, 0.7), e.ciSavings());
        assertEquals(new Interval(0.0, 0.0), e.ciDeltaAccuracy());
    }

    @Test
    void quantileInterpolatesBetweenOrderStatistics() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(1.1, PairedBootstrap.quantile(v, 0.025), EPS);
        assertEquals(4.9, PairedBootstrap.quantile(v, 0.975), EPS);
        assertEquals(3.0, PairedBootstrap.quantile(v, 0.5), EPS);
    }
}
