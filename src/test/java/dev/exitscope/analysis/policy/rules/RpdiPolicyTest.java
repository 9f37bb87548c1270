package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpdiPolicyTest {
    @Test
    void exitsWhenLocalOverGlobalExceedsLambda() {
        // t=2 '.': local mean(1,1)=1, global 1 -> 1.0; t=5 '.': local mean(3,3)=3, global 10/6 -> 1.8 > 1.5
        ReplayResult r = replay("rpdi:window=2,minTokens=2", TestTraces.withEntropy(
                new float[] {1f, 1f, 1f, 1f, 3f, 3f, 1f}, "a", "b", ".", "c", "d", ".", "e"));
        assertEquals(6, r.exitToken());
        assertEquals(ExitReason.THRESHOLD, r.reason());
    }

    @Test
    void ratioEqualToLambdaIsNotAnExit() {
        // t=1 '.': local 3, global (1+3)/2 = 2 -> exactly 1.5, the rule needs more
        ReplayResult r = replay("rpdi:window=1,minTokens=1", TestTraces.withEntropy(new float[] {1f, 3f}, "a", "."));
        assertNull(r.exitToken());
    }

    @Test
    void slightlyAboveLambdaExits() {
        // local 3.5, global 2.25 -> 1.56
        ReplayResult r = replay("rpdi:window=1,minTokens=1", TestTraces.withEntropy(new float[] {1f, 3.5f, 1f},
                "a", ".", "b"));
        assertEquals(2, r.exitToken());
    }

    @Test
    void aFiringOnTheLastTokenKeepsTheWholeReasoningAndIsNoExit() {
        // the same spike on the last token of a trace without a thinking block: the exit would keep all 2 tokens
        ReplayResult r = replay("rpdi:window=1,minTokens=1", TestTraces.withEntropy(new float[] {1f, 3.5f},
                "a", "."));
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(2, r.tokensUsed());
    }

    @Test
    void customBoundariesDecideTheCheckpoints() {
        // the spike is on ';' which is not in the boundary set "." -> no exit
        ReplayResult r = replay("rpdi:window=1,minTokens=1,boundaries=.", TestTraces.withEntropy(
                new float[] {1f, 4f}, "a", ";"));
        assertNull(r.exitToken());
    }

    @Test
    void noLogprobsAtAllNeedLogprobs() {
        TraceBuilder b = new TraceBuilder("t");
        b.addToken("a", Float.NaN);
        assertEquals(List.of("logprobs"), replay("rpdi", b.build()).needs());
    }
}
