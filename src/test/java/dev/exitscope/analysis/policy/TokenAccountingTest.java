package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.policy.eval.CorpusEvaluation;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The token accounting of replay rows, worked by hand on small traces with a thinking block: exits count only
 * inside the reasoning, the answer after an exit is paid for, and thinking savings count the reasoning alone.
 */
class TokenAccountingTest {
    private static final PolicyRegistry POLICIES = PolicyCatalog.standard();

    /**
     * Fourteen tokens: {@code <think>} (0), eight thinking words (1–8), {@code </think>} (9), then an answer of four
     * tokens (10–13). thinkStart 0, thinkEnd 10, so the reasoning is [0, 10) and the recorded answer costs 4.
     */
    private static TraceBuilder fourteen() {
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        b.addToken("<think>", -0.1f);
        for (String w : new String[] {"a", " b", " Wait", ",", " c", " d", " e", " f"}) {
            b.addToken(w, -0.1f);
        }
        b.addToken("</think>", -0.1f);
        for (String w : new String[] {"The", " answer", " is", " \\boxed{7}"}) {
            b.addToken(w, -0.1f);
        }
        return b;
    }

    private static ReplayResult replay(Trace t, String spec, AnswerCost cost) {
        return ReplayEngine.replayAll(t, List.of(POLICIES.create(spec)), cost).get(0);
    }

    private static Probe probe(String kind, int at, String answer, double... probs) {
        List<ProbeToken> out = new ArrayList<>();
        for (double p : probs) {
            out.add(new ProbeToken("x", (float) Math.log(p)));
        }
        return new Probe(kind, at, answer, null, null, out, null, null);
    }

    @Test
    void theDetectedBlockIsTheOneTheTestsAssume() {
        Trace t = fourteen().build();
        assertEquals(0, t.thinkStart());
        assertEquals(10, t.thinkEnd());
        assertEquals(14, t.tokenCount());
    }

    @Test
    void anExitInsideTheThinkingPaysForTheRecordedAnswer() {
        // budget 6: keep [0, 6); answer cost = 14 - 10 = 4; used = 6 + 4 = 10; saved = 1 - 10/14 = 2/7
        // thinking: 10 tokens, 6 kept, saved 1 - 6/10 = 0.4
        ReplayResult r = replay(fourteen().build(), "budget:tokens=6", AnswerCost.RECORDED);
        assertEquals(6, r.exitToken());
        assertEquals(4, r.answerCost());
        assertEquals(10, r.tokensUsed());
        assertEquals(14, r.tokensTotal());
        assertEquals(2.0 / 7.0, r.saved(), 1e-12);
        assertEquals(10, r.thinkingTokens());
        assertEquals(6, r.thinkingKept());
        assertEquals(0.4, r.thinkingSaved(), 1e-12);
    }

    @Test
    void answerCostNoneReproducesTheOldAccounting() {
        // used = kept = 6; saved = 1 - 6/14 = 4/7; the thinking numbers do not depend on the mode
        ReplayResult r = replay(fourteen().build(), "budget:tokens=6", AnswerCost.NONE);
        assertEquals(0, r.answerCost());
        assertEquals(6, r.tokensUsed());
        assertEquals(4.0 / 7.0, r.saved(), 1e-12);
        assertEquals(0.4, r.thinkingSaved(), 1e-12);
    }

    @Test
    void answerCostProbeCountsTheAnswerProbesOutTokens() {
        // a forced probe at 6 with 3 out tokens answers the budget exit: used = 6 + 3 = 9; the budget run consumed
        // no probe, so the overhead stays 0
        Trace t = fourteen().probe(probe("forced", 6, "7", 0.9, 0.9, 0.9)).build();
        ReplayResult r = replay(t, "budget:tokens=6", AnswerCost.PROBE);
        assertEquals("probe", r.answerSource());
        assertEquals(3, r.answerCost());
        assertEquals(9, r.tokensUsed());
        assertEquals(0, r.overheadTokens());
        assertEquals(Boolean.TRUE, r.correct());
        // without a probe at the exit, probe mode falls back to the recorded answer
        ReplayResult fallback = replay(fourteen().build(), "budget:tokens=6", AnswerCost.PROBE);
        assertEquals(4, fallback.answerCost());
        assertEquals(10, fallback.tokensUsed());
    }

    @Test
    void aTrialCountedAsTheAnswerIsNotCountedAgainAsOverhead() {
        // DEER at the Wait (token 3, prefix 3): a trial of 3 out tokens, probabilities 1, 1, 1 -> confidence 1 > 0.95
        // recorded: overhead 3 (the trial), answer cost 4, used 3 + 4 = 7
        // probe: the trial is the answer: answer cost 3, used 3 + 3 = 6, overhead 3 - 3 = 0
        Trace t = fourteen().probe(probe("deer", 3, "7", 1.0, 1.0, 1.0)).build();
        ReplayResult recorded = replay(t, "deer", AnswerCost.RECORDED);
        assertEquals(3, recorded.exitToken());
        assertEquals(3, recorded.overheadTokens());
        assertEquals(7, recorded.tokensUsed());
        ReplayResult probe = replay(t, "deer", AnswerCost.PROBE);
        assertEquals(3, probe.exitToken());
        assertEquals(3, probe.answerCost());
        assertEquals(6, probe.tokensUsed());
        assertEquals(0, probe.overheadTokens());
    }

    @Test
    void aBudgetReachedOnlyAtTheEndOfTheThinkingDoesNotFire() {
        // budget 10 would keep [0, 10) = the whole reasoning: not an exit; the full trace is used
        ReplayResult r = replay(fourteen().build(), "budget:tokens=10", AnswerCost.RECORDED);
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(14, r.tokensUsed());
        assertEquals(0.0, r.saved(), 1e-12);
        assertEquals(10, r.thinkingKept());
        assertEquals(0.0, r.thinkingSaved(), 1e-12);
        assertEquals(4, r.answerCost());
        assertEquals("final", r.answerSource());
        // budget 9 keeps [0, 9): one token before </think>, so it fires
        assertEquals(9, replay(fourteen().build(), "budget:tokens=9", AnswerCost.RECORDED).exitToken());
    }

    @Test
    void theBudgetCountsThinkingTokensFromTheOpeningTag() {
        // two preamble tokens before <think>: thinkStart 2, thinkEnd 12, n 16; budget 3 keeps [0, 2 + 3) = 5
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        b.addToken("Sure", -0.1f);
        b.addToken(".\n", -0.1f);
        Trace base = fourteen().build();
        for (int i = 0; i < base.tokenCount(); i++) {
            b.addToken(base.tokenText(i), -0.1f);
        }
        Trace t = b.build();
        assertEquals(2, t.thinkStart());
        assertEquals(12, t.thinkEnd());
        ReplayResult r = replay(t, "budget:tokens=3", AnswerCost.RECORDED);
        assertEquals(5, r.exitToken());
        // thinking: 12 - 2 = 10 tokens, 5 - 2 = 3 kept; used 5 + (16 - 12) = 9
        assertEquals(10, r.thinkingTokens());
        assertEquals(3, r.thinkingKept());
        assertEquals(0.7, r.thinkingSaved(), 1e-12);
        assertEquals(9, r.tokensUsed());
    }

    @Test
    void aRuleThatWouldFireOnlyInTheAnswerHasNotFired() {
        // the only candidate is the box in the answer (token 13), whose line ends where "Done." (15) starts: firstk
        // over the whole text would keep [0, 15) of 16; the reasoning ends at 10, so it has not fired
        Trace t = fourteen().addTokens(List.of("\n", "Done.")).build();
        assertEquals(16, t.tokenCount());
        ReplayResult r = replay(t, "firstk", AnswerCost.RECORDED);
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(16, r.tokensUsed());
        // low entropy only after </think>: the rule would fire at " answer" (11, it holds the boundary 's'), keeping
        // [0, 12) of 14, but that is inside the answer
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        Trace words = fourteen().build();
        for (int i = 0; i < words.tokenCount(); i++) {
            b.addToken(words.tokenText(i), -0.1f);
            b.setEntropy(i >= 10 ? 0.01f : 3f);
        }
        ReplayResult e = replay(b.build(), "entropy:minTokens=1,window=1,threshold=0.5,boundaries=s",
                AnswerCost.RECORDED);
        assertNull(e.exitToken());
        // the same low entropy on " c" (5, boundary 'c') inside the thinking fires there
        TraceBuilder inside = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        for (int i = 0; i < words.tokenCount(); i++) {
            inside.addToken(words.tokenText(i), -0.1f);
            inside.setEntropy(i == 5 ? 0.01f : 3f);
        }
        assertEquals(6, replay(inside.build(), "entropy:minTokens=1,window=1,threshold=0.5,boundaries=c",
                AnswerCost.RECORDED).exitToken());
    }

    @Test
    void aTraceWithoutAThinkingBlockIsAllReasoningAndPaysNoAnswer() {
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (int i = 0; i < 8; i++) {
            b.addToken(" w" + i, -0.1f);
        }
        ReplayResult r = replay(b.build(), "budget:tokens=2", AnswerCost.RECORDED);
        // keep 2 of 8; answer cost 0; saved 1 - 2/8 = 0.75, the same as the thinking saved
        assertEquals(2, r.exitToken());
        assertEquals(0, r.answerCost());
        assertEquals(2, r.tokensUsed());
        assertEquals(0.75, r.saved(), 1e-12);
        assertEquals(8, r.thinkingTokens());
        assertEquals(0.75, r.thinkingSaved(), 1e-12);
    }

    @Test
    void anUnreplayableRowUsesTheWholeTrace() {
        ReplayResult r = replay(fourteen().build(), "scm", AnswerCost.RECORDED);
        assertFalse(r.replayable());
        assertEquals(14, r.tokensUsed());
        assertEquals(4, r.answerCost());
        assertEquals(10, r.thinkingKept());
    }

    @Test
    void corpusThinkingSavingsPoolTheReasoningTokens() {
        // row 1: budget 6 on the 14-token trace keeps 6 of 10 thinking tokens; row 2: the 8-token trace without a
        // block keeps 2 of 8. Pooled: 1 - (6 + 2) / (10 + 8) = 5/9. Savings: used 10 + 2 = 12 of 22 -> 1 - 12/22.
        TraceBuilder plain = new TraceBuilder("u").question(new Question("q", "7", AnswerType.NUMERIC));
        plain.thinkRange(null, null);
        for (int i = 0; i < 8; i++) {
            plain.addToken(" w" + i, -0.1f);
        }
        StoppingPolicy budget6 = POLICIES.create("budget:tokens=6");
        StoppingPolicy budget2 = POLICIES.create("budget:tokens=2");
        List<ReplayResult> rows = List.of(
                ReplayEngine.replayAll(fourteen().build(), List.of(budget6), AnswerCost.RECORDED).get(0),
                ReplayEngine.replayAll(plain.build(), List.of(budget2), AnswerCost.RECORDED).get(0));
        CorpusEvaluation e = CorpusEvaluation.of("budget", Map.of(), rows, AnswerCost.RECORDED, 1);
        assertEquals(5.0 / 9.0, e.thinkingSavings(), 1e-12);
        assertEquals(1.0 - 12.0 / 22.0, e.savings(), 1e-12);
        assertEquals("recorded", e.answerCostMode());
        assertEquals(CorpusEvaluation.FULL_TRACE, e.baseline());
        assertTrue(e.needs().isEmpty());
    }
}
