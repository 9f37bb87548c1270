package dev.exitscope.analysis.policy.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import org.junit.jupiter.api.Test;

/**
 * PUMA's stop rule as {@code extract_final_candidates.py} states it (giovanni-vaccarino/PUMA): every flagged trial
 * with conf ≥ λ opens a run of the next L − 1 flagged trials; a failed run moves on to the next trial; the run's
 * last step must be ≥ minStopStep. Defaults here: λ 0.98, L 2, ε 0.03, forcedMinConf 0.8.
 */
class PumaRuleTest {
    private static PumaRule rule(int minStopStep, int loopStart, int loopRun) {
        return new PumaRule(new PumaSettings(0.35, 1, 0.98, 2, 0.03, minStopStep, loopStart, loopRun, 0.8));
    }

    private static void steps(PumaRule r, boolean... redundant) {
        for (boolean b : redundant) {
            r.addStep(b);
        }
    }

    @Test
    void aFailedRunMovesTheSearchOnToALaterConfidentTrial() {
        PumaRule r = rule(0, 50, 0);
        steps(r, false, true, true, true, false);
        // trial 1 meets lambda exactly (0.98 >= 0.98) but trial 2 answers 6, not 5: that run fails.
        // trial 2 (0.99) opens the next run; trial 3 answers 6 with 0.97 >= 0.99 - 0.03 = 0.96: stop at step 3
        r.addTrial(new PumaRule.Trial(1, 0.98, "5"));
        r.addTrial(new PumaRule.Trial(2, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(3, 0.97, "6"));
        r.addTrial(new PumaRule.Trial(4, 0.99, "6"));
        assertEquals(new PumaRule.Outcome(3, ExitReason.CONFIDENT), r.decide(false));
    }

    @Test
    void aRunWhoseConfidenceDropsMoreThanEpsilonFailsAndTheNextOneIsTried() {
        PumaRule r = rule(0, 50, 0);
        steps(r, false, true, true, true, false);
        // run (1, 2): 0.94 < 0.99 - 0.03 = 0.96 fails; trial 2 is below lambda; run (3, 4): 0.985 >= 0.99 - 0.03
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(2, 0.94, "6"));
        r.addTrial(new PumaRule.Trial(3, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(4, 0.985, "6"));
        assertEquals(new PumaRule.Outcome(4, ExitReason.CONFIDENT), r.decide(false));
    }

    @Test
    void minStopStepGatesTheRunsLastTrialNotItsHead() {
        // the run (1, 3) starts below minStopStep 3 but ends at step 3 >= 3, so it stops at step 3
        PumaRule r = rule(3, 50, 0);
        steps(r, false, true, false, true, false);
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(3, 0.97, "6"));
        assertEquals(new PumaRule.Outcome(3, ExitReason.CONFIDENT), r.decide(false));
    }

    @Test
    void aVerifiedRunEndingBeforeMinStopStepIsPassedOverForALaterOne() {
        // minStopStep 4: run (1, 2) holds but ends at step 2 < 4, so the search goes on; run (2, 3) ends at 3 < 4;
        // run (3, 5) ends at step 5 >= 4: stop there
        PumaRule r = rule(4, 50, 0);
        steps(r, false, true, true, false, true, false);
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(2, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(3, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(5, 0.99, "6"));
        assertEquals(new PumaRule.Outcome(5, ExitReason.CONFIDENT), r.decide(false));
    }

    @Test
    void anEmptyAnswerConfirmsNothing() {
        PumaRule r = rule(0, 50, 0);
        steps(r, false, true, false);
        r.addTrial(new PumaRule.Trial(1, 0.99, ""));
        r.addTrial(new PumaRule.Trial(2, 0.99, ""));
        assertEquals(PumaRule.Outcome.NEVER, r.decide(true));
    }

    /** Steps F F F T T with trials 1 (0.1), 3 (0.99, flagged by 4) and 4 (0.99, flagged by 5). */
    private static PumaRule confidentPairThenOpenLoop() {
        // loopStart 3 (0-indexed) = the 4th step
        PumaRule r = rule(0, 3, 3);
        r.addStep(false);
        r.addTrial(new PumaRule.Trial(1, 0.1, "1"));
        r.addStep(false);
        r.addStep(false);
        r.addStep(true);
        r.addTrial(new PumaRule.Trial(3, 0.99, "6"));
        r.addStep(true);
        r.addTrial(new PumaRule.Trial(4, 0.99, "6"));
        return r;
    }

    @Test
    void theOutcomeWaitsWhileALoopCouldStillMoveTheForcedStopBeforeTheConfirmingTrial() {
        // loops count from step 4 in runs of 3: steps 4, 5 redundant so far; if step 6 is redundant too the loop
        // starts at 4, forcedStop = 3 and trial 4 is never examined. Until step 6 is known nothing is decided.
        PumaRule r = confidentPairThenOpenLoop();
        assertNull(r.decide(false));
        r.addStep(false);
        assertEquals(new PumaRule.Outcome(4, ExitReason.CONFIDENT), r.decide(false));

        PumaRule loop = confidentPairThenOpenLoop();
        loop.addStep(true);
        loop.addTrial(new PumaRule.Trial(5, 0.5, "6"));
        assertEquals(new PumaRule.Outcome(3, ExitReason.LOOP), loop.decide(false));
    }

    @Test
    void loopStartIsZeroIndexedSoFiftyMeansTheFiftyFirstStep() {
        // steps 1..49 plain, step 50 redundant, 51 plain, 52 and 53 redundant, loopRun 2.
        // PUMA reads 0-indexed steps 50.. = steps 51.. counted from 1: the run 52-53 gives forcedStop 51.
        PumaRule r = rule(10, 50, 2);
        for (int i = 1; i <= 49; i++) {
            r.addStep(false);
        }
        r.addTrial(new PumaRule.Trial(1, 0.85, "6"));
        steps(r, true, false, true, true);
        assertEquals(new PumaRule.Outcome(51, ExitReason.LOOP), r.decide(false));
        PumaRule early = rule(10, 49, 2);
        for (int i = 1; i <= 49; i++) {
            early.addStep(false);
        }
        early.addTrial(new PumaRule.Trial(1, 0.85, "6"));
        steps(early, true, true);
        // 0-indexed 49 = step 50: the run 50-51 gives forcedStop 49
        assertEquals(new PumaRule.Outcome(49, ExitReason.LOOP), early.decide(false));
        PumaRule paper = rule(10, 50, 2);
        for (int i = 1; i <= 49; i++) {
            paper.addStep(false);
        }
        paper.addTrial(new PumaRule.Trial(1, 0.85, "6"));
        steps(paper, true, true, false);
        // with the paper's start the same steps 50-51 are not a loop: step 50 is not read
        assertEquals(PumaRule.Outcome.NEVER, paper.decide(true));
    }

    @Test
    void aForcedStopBeforeMinStopStepKeepsTheFullReasoning() {
        // loopStart 1 (step 2 on), loopRun 2: steps 3, 4 redundant, forcedStop = 2 < minStopStep 3: no stop,
        // although trial 1's 0.9 passes forcedMinConf 0.8; with minStopStep 2 the loop stop holds
        PumaRule r = rule(3, 1, 2);
        steps(r, false, false, true, true);
        r.addTrial(new PumaRule.Trial(1, 0.9, "6"));
        assertEquals(PumaRule.Outcome.NEVER, r.decide(false));
        PumaRule ok = rule(2, 1, 2);
        steps(ok, false, false, true, true);
        ok.addTrial(new PumaRule.Trial(1, 0.9, "6"));
        assertEquals(new PumaRule.Outcome(2, ExitReason.LOOP), ok.decide(false));
    }

    @Test
    void atTheEndAnUnconfirmedConfidentTrialGivesNoExit() {
        PumaRule r = rule(0, 50, 3);
        r.addStep(false);
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        assertNull(r.decide(false));
        assertEquals(PumaRule.Outcome.NEVER, r.decide(true));
    }
}
