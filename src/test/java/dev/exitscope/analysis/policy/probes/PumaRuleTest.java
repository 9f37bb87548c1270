package dev.exitscope.analysis.policy.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import org.junit.jupiter.api.Test;

class PumaRuleTest {
    private static PumaRule rule(int minStopStep, int loopStart, int loopRun) {
        return new PumaRule(new PumaSettings(0.35, 1, 0.98, 2, 0.03, minStopStep, loopStart, loopRun, 0.8));
    }

    @Test
    void aConfidenceEqualToLambdaStartsARunAndOnlyTheFirstConfidentTrialIsTested() {
        PumaRule r = rule(0, 50, 0);
        r.addTrial(new PumaRule.Trial(1, 0.98, "5"));
        r.addTrial(new PumaRule.Trial(2, 0.99, "6"));
        r.addTrial(new PumaRule.Trial(3, 0.99, "6"));
        r.addStep(false);
        r.addStep(true);
        r.addStep(true);
        r.addStep(false);
        // trial 1 meets lambda exactly; trial 2 disagrees, so the verified exit fails although 2 and 3 agree
        assertEquals(PumaRule.Outcome.NEVER, r.decide(false));
    }

    @Test
    void stopStepsBeforeMinStopStepAreNotConsidered() {
        PumaRule r = rule(2, 50, 0);
        r.addStep(false);
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        r.addStep(true);
        r.addStep(true);
        r.addTrial(new PumaRule.Trial(2, 0.99, "6"));
        r.addStep(false);
        r.addTrial(new PumaRule.Trial(3, 0.97, "6"));
        PumaRule.Outcome o = r.decide(false);
        assertEquals(3, o.step());
        assertEquals(ExitReason.CONFIDENT, o.reason());
    }

    /** Steps F F F T T with trials 1 (0.1), 3 (0.99, flagged by 4) and 4 (0.99, flagged by 5). */
    private static PumaRule confidentPairThenOpenLoop() {
        PumaRule r = rule(0, 4, 3);
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
    void atTheEndAnUnconfirmedConfidentTrialGivesNoExit() {
        PumaRule r = rule(0, 50, 3);
        r.addStep(false);
        r.addTrial(new PumaRule.Trial(1, 0.99, "6"));
        assertNull(r.decide(false));
        assertEquals(PumaRule.Outcome.NEVER, r.decide(true));
    }
}
