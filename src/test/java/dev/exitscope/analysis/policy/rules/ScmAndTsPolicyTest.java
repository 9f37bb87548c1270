package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScmAndTsPolicyTest {
    private static final float[] HARM = {0.1f, 0.6f, 0.5f, 0.2f, Float.NaN, 0.9f, 0.7f};

    @Test
    void scmCountsCumulativelyAndKeepsTheDetectionToken() {
        // >= 0.5 at t = 1, 2, 5, 6; the third is t = 5 -> keep [0, 6)
        ReplayResult r = replay("scm:theta=0.5,k=3", TestTraces.withSeries("harm", HARM));
        assertEquals(6, r.exitToken());
        assertEquals(ExitReason.HARM, r.reason());
    }

    @Test
    void scmCountsAWordOnceWhenOnlyItsFirstSubTokenCarriesTheScore() {
        // words "harm|ful" (0.9, NaN), "attack|er|s" (0.8, NaN, NaN), "ok" (0.1), "bad" (0.7), "." (0.1): counted
        // at t = 0, 2, 6; k = 3 -> the third counted token is t = 6 -> keep [0, 7) of 8; the NaN sub-tokens 1, 3, 4
        // never count
        float[] firstOnly = {0.9f, Float.NaN, 0.8f, Float.NaN, Float.NaN, 0.1f, 0.7f, 0.1f};
        assertEquals(7, replay("scm:theta=0.5,k=3", TestTraces.withSeries("harm", firstOnly)).exitToken());
        // the same words with their score repeated on every sub-token reach 3 already at t = 2 (0.9, 0.9, 0.8)
        float[] repeated = {0.9f, 0.9f, 0.8f, 0.8f, 0.8f, 0.1f, 0.7f, 0.1f};
        assertEquals(3, replay("scm:theta=0.5,k=3", TestTraces.withSeries("harm", repeated)).exitToken());
        // all NaN never fires, even with theta = 0
        float[] none = {Float.NaN, Float.NaN};
        assertNull(replay("scm:theta=0,k=1", TestTraces.withSeries("harm", none)).exitToken());
    }

    @Test
    void scmWithKOneExitsAtTheFirstToken() {
        ReplayResult r = replay("scm:theta=0.1,k=1", TestTraces.withSeries("harm", HARM));
        assertEquals(1, r.exitToken());
    }

    @Test
    void scmPaperDefaultReachingKOnTheLastTokenIsNoExit() {
        // theta 0.5, k 4: the fourth value >= 0.5 is t = 6, the last token -> it would keep all 7 tokens
        ReplayResult r = replay("scm", TestTraces.withSeries("harm", HARM));
        assertNull(r.exitToken());
        // one more token after it: the same detection keeps [0, 7) of 8
        float[] longer = java.util.Arrays.copyOf(HARM, HARM.length + 1);
        assertEquals(7, replay("scm", TestTraces.withSeries("harm", longer)).exitToken());
    }

    @Test
    void scmNeverReachingKIsBenign() {
        assertNull(replay("scm:theta=0.95", TestTraces.withSeries("harm", HARM)).exitToken());
    }

    @Test
    void missingSeriesIsReportedExactlyWithoutAnswer() {
        ReplayResult r = replay("scm", TestTraces.withSeries("eot", HARM));
        assertFalse(r.replayable());
        assertEquals(List.of("series:harm"), r.needs());
        assertNull(r.answer());
        assertNull(r.exitToken());
        ReplayResult ts = replay("ts", TestTraces.withSeries("harm", HARM));
        assertEquals(List.of("series:eot"), ts.needs());
    }

    @Test
    void tsExitsBeforeTheFirstTokenWhoseBoostedProbabilityReachesHalf() {
        // s = 3: p = 0.125 -> 0.375/1.25 = 0.3; p = 0.25 -> 0.75/1.5 = 0.5 exactly -> exit before t = 2
        ReplayResult r = replay("ts:scale=3", TestTraces.withSeries("eot", new float[] {0.0f, 0.125f, 0.25f, 0.9f}));
        assertEquals(2, r.exitToken());
        assertEquals(ExitReason.THRESHOLD, r.reason());
        assertEquals(0.5, TsPolicy.boosted(0.25, 3), 0);
    }

    @Test
    void tsAtTheFirstTokenKeepsNothing() {
        ReplayResult r = replay("ts:scale=1", TestTraces.withSeries("eot", new float[] {0.5f, 0f}));
        assertEquals(0, r.exitToken());
        assertEquals(1.0, r.saved(), 0);
    }

    @Test
    void tsSkipsUnknownValuesAndMayNeverFire() {
        assertNull(replay("ts:scale=1", TestTraces.withSeries("eot", new float[] {Float.NaN, 0.4f})).exitToken());
        assertEquals(2, replay("ts:scale=2", TestTraces.withSeries("eot",
                new float[] {Float.NaN, 0.2f, 0.4f})).exitToken());
    }
}
