package dev.exitscope.analysis.signals.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.TestTraces;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryAndConsistencyTest {

    @Test
    void trajectoryGroupsEquivalentCandidatesAndFindsTheFinalAndFirstCorrectTokens() {
        Trace t = CandidateDetectorTest.TRACE;
        assertEquals("42", t.finalAnswer().answer());
        AnswerTrajectory tr = AnswerTrajectory.of(t, CandidateDetectorTest.EXPECTED);
        assertEquals(List.of(
                new DistinctAnswer("\\frac{1}{2}", "\\frac{1}{2}", 8, 0, 2, false),
                new DistinctAnswer("42", "42", 24, 2, 2, true)), tr.distinct());
        assertEquals(Arrays.asList(false, false, true, true), tr.correct());
        assertEquals(24, tr.finalAnswerToken());
        assertEquals(24, tr.firstCorrectToken());
    }

    @Test
    void withoutGoldCorrectnessIsUnknown() {
        AnswerTrajectory tr = AnswerTrajectory.of(CandidateDetectorTest.EXPECTED, Question.UNKNOWN, "0.5");
        assertEquals(Arrays.asList(null, null, null, null), tr.correct());
        assertNull(tr.firstCorrectToken());
        assertEquals(8, tr.finalAnswerToken());
        assertNull(tr.distinct().get(0).correct());
    }

    @Test
    void consistencyCountsAgreeingPredecessorsAndTheStableSinceToken() {
        AnswerConsistency c = AnswerConsistency.of(CandidateDetectorTest.EXPECTED, AnswerType.NUMERIC);
        assertEquals(List.of(0, 1, 0, 1), c.agreeing());
        assertEquals(24, c.stableSinceToken());
        assertEquals(2, c.finalRunLength());
        AnswerConsistency none = AnswerConsistency.of(List.of(), null);
        assertNull(none.stableSinceToken());
        assertEquals(0, none.finalRunLength());
    }

    @Test
    void theTrackerTellsAPolicyWhenTheLastCandidatesAgree() {
        ConsistencyTracker k = new ConsistencyTracker(AnswerType.NUMERIC);
        assertFalse(k.lastAgree(1));
        assertEquals(0, k.accept(cand(3, "5")));
        assertTrue(k.lastAgree(1));
        assertFalse(k.lastAgree(2));
        assertEquals(1, k.accept(cand(7, "5.0")));
        assertEquals(2, k.accept(cand(9, "\\frac{10}{2}")));
        assertTrue(k.lastAgree(3));
        assertEquals(3, k.stableSinceToken());
        assertEquals(0, k.accept(cand(12, "6")));
        assertEquals(12, k.stableSinceToken());
        assertFalse(k.lastAgree(2));
    }

    @Test
    void mcqCandidatesAgreeByLetter() {
        ConsistencyTracker k = new ConsistencyTracker(AnswerType.MCQ);
        k.accept(cand(1, "(B)"));
        assertEquals(1, k.accept(cand(2, "B")));
    }

    @Test
    void theFacadeRunsEverySignalOnceOverTheTrace() {
        TextSignals s = TextSignals.compute(CandidateDetectorTest.TRACE);
        assertEquals(5, s.steps().size());
        assertEquals(CandidateDetectorTest.EXPECTED, s.candidates());
        assertEquals(1, s.cues(CueRule.DEER).size());
        assertEquals(12, s.cues(CueRule.WORD).get(0).token());
        assertEquals(24, s.trajectory().firstCorrectToken());
        assertEquals(24, s.consistency().stableSinceToken());
        assertEquals(s.steps(), s.displaySteps());
    }

    @Test
    void thinkingOnlyStopsAtTheEndOfTheThinkingBlock() {
        Trace t = TestTraces.of("<think>", "a", "\n\n", "Wait", "</think>", "\n\n", "Wait", " \\boxed{", "1", "}");
        TextSignals s = TextSignals.compute(t, TextSignals.Options.defaults().withThinkingOnly(true));
        assertEquals(5, s.limit());
        assertEquals(5, s.steps().get(s.steps().size() - 1).end());
        assertEquals(1, s.cues(CueRule.DEER).size());
        assertEquals(List.of(), s.candidates());
        TextSignals all = TextSignals.compute(t, TextSignals.Options.defaults().withSegmenter(SegmenterKind.LINE));
        assertEquals(2, all.cues(CueRule.DEER).size());
        assertEquals(1, all.candidates().size());
    }

    private static CandidateSeen cand(int token, String answer) {
        return new CandidateSeen(token, 0, answer, answer, "boxed");
    }
}
