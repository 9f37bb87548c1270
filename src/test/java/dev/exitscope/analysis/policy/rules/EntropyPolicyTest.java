package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntropyPolicyTest {
    private static final String SPEC = "entropy:minTokens=2,window=2,threshold=0.5";

    @Test
    void exitsWhereOnlyTheLaterWindowIsCalm() {
        // t=2 '.': mean(1.0, 0.2) = 0.6, not below 0.5; t=3 is no boundary; t=4 '.': mean(0.1, 0.1) = 0.1 -> keep 5
        ReplayResult r = replay(SPEC, TestTraces.withEntropy(new float[] {1f, 1f, 0.2f, 0.1f, 0.1f, 1f},
                "a", "b", ".", "c", ".", "d"));
        assertEquals(5, r.exitToken());
        assertEquals(ExitReason.THRESHOLD, r.reason());
    }

    @Test
    void aCalmLastTokenIsNoExit() {
        // the same trace ending at t=4: an exit keeping all 5 tokens keeps the whole reasoning
        ReplayResult r = replay(SPEC, TestTraces.withEntropy(new float[] {1f, 1f, 0.2f, 0.1f, 0.1f},
                "a", "b", ".", "c", "."));
        assertNull(r.exitToken());
    }

    @Test
    void exitsAtTheFirstTokenWithMinTokensOne() {
        ReplayResult r = replay("entropy:minTokens=1,window=1,threshold=0.5",
                TestTraces.withEntropy(new float[] {0.1f, 0.1f}, ".", "."));
        assertEquals(1, r.exitToken());
    }

    @Test
    void noBoundaryNeverFires() {
        ReplayResult r = replay(SPEC, TestTraces.withEntropy(new float[] {0f, 0f, 0f}, "a", "b", "c"));
        assertNull(r.exitToken());
        assertEquals("final", r.answerSource());
    }

    @Test
    void meanEqualToTheThresholdDoesNotFire() {
        // t=1 '.': mean(0.5, 0.5) = 0.5, not strictly below
        ReplayResult r = replay(SPEC, TestTraces.withEntropy(new float[] {0.5f, 0.5f}, "a", "."));
        assertNull(r.exitToken());
    }

    @Test
    void sampledLogprobsAloneNeedEntropyAndNothingElseIsComputed() {
        ReplayResult r = replay(SPEC, TestTraces.of("1", "a", "."));
        assertFalse(r.replayable());
        assertEquals(List.of("entropy"), r.needs());
        assertNull(r.answer());
        assertEquals("none", r.answerSource());
        assertNull(r.correct());
    }
}
