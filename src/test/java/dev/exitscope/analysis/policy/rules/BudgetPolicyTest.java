package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Trace;
import org.junit.jupiter.api.Test;

class BudgetPolicyTest {
    /** Ten tokens "a0".."a9". */
    private static final Trace TEN = TestTraces.of("1", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9");

    @Test
    void exitsAfterTheBudgetKeepingExactlyThatMany() {
        ReplayResult r = replay("budget:tokens=4", TEN);
        assertEquals(4, r.exitToken());
        assertEquals(ExitReason.BUDGET, r.reason());
        assertEquals(4, r.tokensUsed());
        assertEquals(10, r.tokensTotal());
        assertEquals(0.6, r.saved(), 1e-12);
    }

    @Test
    void zeroBudgetExitsAtTheFirstTokenKeepingNothing() {
        ReplayResult r = replay("budget:tokens=0", TEN);
        assertEquals(0, r.exitToken());
        assertEquals(1.0, r.saved(), 1e-12);
        assertEquals("none", r.answerSource());
        assertEquals(Boolean.FALSE, r.correct());
    }

    @Test
    void budgetEqualToTheLengthLeavesTheTraceUntouched() {
        // keeping 10 of 10 tokens is no exit: the reasoning ended within the budget
        ReplayResult r = replay("budget:tokens=10", TEN);
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(0.0, r.saved(), 1e-12);
    }

    @Test
    void longerBudgetNeverFiresAndKeepsTheFinalAnswer() {
        ReplayResult r = replay("budget", TEN);
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(10, r.tokensUsed());
        assertEquals("final", r.answerSource());
    }
}
