package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Trace;
import org.junit.jupiter.api.Test;

class CandidatePoliciesTest {
    /** Lines: [0] "Let x=2."; [1,2] "So \boxed{4} ok"; [3] "Check \boxed{5}"; [4] "Done". */
    private static final Trace LINES = TestTraces.of("4", "Let x=2.\n", "So \\boxed{4}", " ok\n",
            "Check \\boxed{5}\n", "Done");

    @Test
    void firstkExitsAtTheEndOfTheLineHoldingTheFirstCandidate() {
        ReplayResult r = replay("firstk", LINES);
        assertEquals(3, r.exitToken());
        assertEquals(ExitReason.CANDIDATE, r.reason());
        assertEquals("candidate", r.answerSource());
        assertEquals("4", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
    }

    @Test
    void firstkTwoExitsAfterTheSecondCandidateLine() {
        ReplayResult r = replay("firstk:k=2", LINES);
        assertEquals(4, r.exitToken());
        assertEquals("5", r.answer());
        assertEquals(Boolean.FALSE, r.correct());
    }

    @Test
    void firstkWithoutEnoughCandidatesNeverFires() {
        assertNull(replay("firstk:k=3", LINES).exitToken());
        assertNull(replay("firstk", TestTraces.of("1", "no", " answer", " here")).exitToken());
    }

    @Test
    void firstkWhoseStepIsStillOpenWhenTheReasoningEndsDoesNotFire() {
        // the candidate's line closes only at the end of the trace: the exit would keep all 3 tokens
        ReplayResult r = replay("firstk", TestTraces.of("7", "Think.\n", "\\boxed{7}", " done"));
        assertNull(r.exitToken());
        assertEquals("final", r.answerSource());
        // with a later line, the candidate's line ends where "More" (token 3) starts the next: keep [0, 3) of 4
        ReplayResult later = replay("firstk", TestTraces.of("7", "Think.\n", "\\boxed{7}", " done\n", "More"));
        assertEquals(3, later.exitToken());
        assertEquals("7", later.answer());
    }

    @Test
    void consistencyExitsAtTheSecondAgreeingCandidate() {
        Trace t = TestTraces.of("3", "\\boxed{3}", " x ", "\\boxed{3}", " y ", "\\boxed{4}");
        ReplayResult r = replay("consistency:n=2", t);
        assertEquals(3, r.exitToken());
        assertEquals(ExitReason.CONSISTENT, r.reason());
        assertEquals("3", r.answer());
        assertNull(replay("consistency", t).exitToken());
    }

    @Test
    void consistencyOfOneExitsAtTheFirstToken() {
        ReplayResult r = replay("consistency:n=1", TestTraces.of("3", "\\boxed{3}", " x"));
        assertEquals(1, r.exitToken());
        assertTrue(r.saved() > 0.49);
    }

    @Test
    void equivalentFormsAgree() {
        Trace t = TestTraces.of("0.5", "\\boxed{0.5}", " or ", "\\boxed{\\frac{1}{2}}", " end");
        ReplayResult r = replay("consistency:n=2", t);
        assertEquals(3, r.exitToken());
        assertEquals("\\frac{1}{2}", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
    }
}
