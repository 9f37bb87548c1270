package dev.exitscope.analysis.signals.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.signals.steps.ParagraphSegmenter;
import dev.exitscope.analysis.signals.steps.TestTraces;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateDetectorTest {
    static final String[] TOKENS = {
        "We", " need", " x", ".", "\n\n",                                     // 0..4    step 0 setup
        "First", " \\boxed{", "\\frac{1}{2}", "}", " maybe", ".", "\n\n",     // 5..11   step 1 setup
        "Wait", ",", " the", " answer", " is", " 0.5", ".", "\n\n",           // 12..19  step 2 doubt
        "Thus", " the", " total", " is", " 42", "\n\n",                       // 20..25  step 3 conclude
        "**Final Answer**", "\n", "\\boxed{", "42", "}"};                      // 26..30  step 4 conclude
    static final Question GOLD = new Question("q", "42", AnswerType.NUMERIC);
    static final Trace TRACE = TestTraces.of(GOLD, TOKENS);

    static final List<CandidateSeen> EXPECTED = List.of(
            new CandidateSeen(8, 1, "\\frac{1}{2}", "\\frac{1}{2}", "boxed"),
            new CandidateSeen(18, 2, "0.5", "0.5", "answer-is"),
            new CandidateSeen(24, 3, "42", "42", "trailing-number"),
            new CandidateSeen(30, 4, "42", "42", "boxed"));

    @Test
    void theConstructedTraceHasTheStepsTheCandidatesAreCountedIn() {
        assertEquals(List.of(
                new StepEnded(0, 0, 5, StepType.SETUP),
                new StepEnded(1, 5, 12, StepType.SETUP),
                new StepEnded(2, 12, 20, StepType.DOUBT),
                new StepEnded(3, 20, 26, StepType.CONCLUDE),
                new StepEnded(4, 26, 31, StepType.CONCLUDE)), TestTraces.steps(TRACE, new ParagraphSegmenter()));
    }

    @Test
    void boxesStatementsAndConclusionNumbersAreFoundWithTokenStepAndNormalForm() {
        assertEquals(EXPECTED, TestTraces.run(TRACE, new CandidateDetector()));
    }

    @Test
    void aDetectorWithStepsEmitsTheSegmentersStepsBeforeTheCandidatesOfTheSameToken() {
        List<SignalEvent> events = TestTraces.run(TRACE, CandidateDetector.withSteps(new ParagraphSegmenter()));
        assertEquals(TestTraces.steps(TRACE, new ParagraphSegmenter()), TestTraces.only(StepEnded.class, events));
        assertEquals(EXPECTED, TestTraces.only(CandidateSeen.class, events));
        int stepThree = events.indexOf(new StepEnded(3, 20, 26, StepType.CONCLUDE));
        assertEquals(EXPECTED.get(2), events.get(stepThree + 1));
    }

    @Test
    void choiceLettersAreMcqCandidates() {
        Trace t = TestTraces.of("The", " answer", " is", " (", "B", ")", ".", "\n", "\\boxed{", "C", "}");
        assertEquals(List.of(new CandidateSeen(6, 0, "(B)", "B", "mcq"), new CandidateSeen(10, 0, "C", "C", "mcq")),
                TestTraces.run(t, new CandidateDetector()));
    }

    @Test
    void finalAnswerNeedsAColonStarsOrLineBreakAndStopsAtTheLineEnd() {
        Trace t = TestTraces.of("Final", " Answer", ":", " 12", " cm", "\n", "final", " answer", " will", " come",
                "\n", "Answer", ":", " $", "x", "=", "3", "$");
        assertEquals(List.of(new CandidateSeen(4, 0, "12 cm", "12", "final-answer"),
                new CandidateSeen(17, 0, "$x=3$", "3", "answer-is")), TestTraces.run(t, new CandidateDetector()));
    }

    @Test
    void theFinalAnswerIsCountsAsAnAnswerStatementAndTheInnerStatementWins() {
        Trace t = TestTraces.of("**Final Answer**", "\n", "The", " final", " answer", " is", " 7", ".");
        assertEquals(List.of(new CandidateSeen(7, 0, "7", "7", "answer-is")),
                TestTraces.run(t, new CandidateDetector()));
    }

    @Test
    void unbalancedAndEscapedBracesAreHandledLikeTheAnswerChecker() {
        Trace t = TestTraces.of("\\fbox", " {", "\\{", "1", "\\}", "}", " and", " \\boxed{", "2");
        assertEquals(List.of(new CandidateSeen(5, 0, "\\{1\\}", "\\{1\\}", "boxed")),
                TestTraces.run(t, new CandidateDetector()));
    }

    @Test
    void answerWordsThatRunOnAreNotMarkers() {
        Trace t = TestTraces.of("The", " answer", " isn't", " 4", ".", " Final", " answers", ":", " 5", "\n");
        // no statement; the step is a conclusion ("final answer") so its last number still counts
        assertEquals(List.of(new CandidateSeen(8, 0, "5", "5", "trailing-number")),
                TestTraces.run(t, new CandidateDetector()));
    }

    @Test
    void aStatementDecidedInALaterTokenIsReportedAtItsFullStop() {
        Trace t = TestTraces.of("answer", " is", " 3", ".", "14", ".", " ok");
        List<SignalEvent> events = TestTraces.run(t, new CandidateDetector());
        assertEquals(List.of(new CandidateSeen(5, 0, "3.14", "3.14", "answer-is")), events);
    }
}
