package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayEngineTest {
    private static final StoppingPolicy BUDGET3 = PolicyCatalog.standard().create("budget:tokens=3");

    /** "\boxed{5}" (candidate at token 0), " a", " b", " c", "\boxed{4}" (final answer 4 = gold). */
    private static TraceBuilder base() {
        TraceBuilder b = new TraceBuilder("e").question(new Question("q", "4", AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (String tok : new String[] {"\\boxed{5}", " a", " b", " c", " \\boxed{4}"}) {
            b.addToken(tok, -0.1f);
        }
        return b;
    }

    private static Probe probe(String kind, int at, String answer) {
        return new Probe(kind, at, answer, null, null, List.of(), null, null);
    }

    @Test
    void forcedProbeAtExactlyTheExitIsTheAnswer() {
        Trace t = base().probe(probe("forced", 2, "9")).probe(probe("forced", 3, "4")).build();
        ReplayResult r = ReplayEngine.replay(t, BUDGET3);
        assertEquals("probe", r.answerSource());
        assertEquals("4", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
        assertEquals(Boolean.TRUE, r.correctFull());
        assertFalse(r.premature());
        assertFalse(r.answerChanged());
    }

    @Test
    void withoutAProbeThereTheLastCandidateInsideThePrefixAnswers() {
        Trace t = base().probe(probe("forced", 2, "4")).probe(probe("deer", 3, "4")).build();
        ReplayResult r = ReplayEngine.replay(t, BUDGET3);
        assertEquals("candidate", r.answerSource());
        assertEquals("5", r.answer());
        assertEquals(Boolean.FALSE, r.correct());
        assertTrue(r.premature());
        assertTrue(r.answerChanged());
    }

    @Test
    void withoutProbeOrCandidateThereIsNoAnswerAndItCountsAsWrong() {
        TraceBuilder b = new TraceBuilder("n").question(new Question("q", "4", AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (String tok : new String[] {"a", " b", " c", " d", " \\boxed{4}"}) {
            b.addToken(tok, -0.1f);
        }
        ReplayResult r = ReplayEngine.replay(b.build(), BUDGET3);
        assertEquals("none", r.answerSource());
        assertNull(r.answer());
        assertEquals(Boolean.FALSE, r.correct());
        assertTrue(r.premature());
        assertTrue(r.answerChanged());
    }

    @Test
    void neverFiringKeepsTheFinalAnswer() {
        ReplayResult r = ReplayEngine.replay(base().build(), PolicyCatalog.standard().create("budget:tokens=50"));
        assertEquals("final", r.answerSource());
        assertEquals("4", r.answer());
        assertNull(r.exitToken());
        assertEquals(5, r.tokensUsed());
        assertEquals(0.0, r.saved(), 0);
    }

    @Test
    void withoutGoldCorrectnessIsNull() {
        TraceBuilder b = new TraceBuilder("g");
        b.addToken("\\boxed{5}", -0.1f);
        b.addToken(" x", -0.1f);
        ReplayResult r = ReplayEngine.replay(b.build(), PolicyCatalog.standard().create("budget:tokens=1"));
        assertNull(r.correct());
        assertFalse(r.premature());
    }

    @Test
    void replayAllSharesTheTraceAndKeepsPolicyOrder() {
        PolicyRegistry reg = PolicyCatalog.standard();
        List<ReplayResult> rows = ReplayEngine.replayAll(base().build(),
                List.of(reg.create("budget:tokens=2"), reg.create("scm"), reg.create("consistency:n=1")));
        assertEquals(List.of(2, 1), List.of(rows.get(0).exitToken(), rows.get(2).exitToken()));
        assertEquals(List.of("series:scm".replace("scm", "harm")), rows.get(1).needs());
        assertEquals(6, ReplayEngine.replayCorpus(List.of(base().build(), base().build()),
                List.of(reg.create("budget:tokens=2"), reg.create("scm"), reg.create("firstk"))).size());
    }

    @Test
    void theDecisionLogStopsAtTheExit() {
        ReplayLog log = ReplayEngine.log(base().build(), BUDGET3);
        assertEquals(3, log.perToken().size());
        assertTrue(log.perToken().get(2).exit());
        assertNull(log.atEnd());
    }
}
