package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSegmenterTest {
    /** Four paragraphs; the second ends at a whitespace-only line. Token indices in the comments. */
    static final Trace TRACE = TestTraces.of(
            "First", ",", " let's", " set", " up", ".", "\n\n",          // 0..6
            "3", " +", " 4", " =", " 7", ".\n", "  \n",                   // 7..13
            "Wait", ",", " check", ".", "\n\n",                           // 14..18
            "So", " the", " answer", " is", " 7", ".", "\n");              // 19..25

    @Test
    void blankLinesAndWhitespaceOnlyLinesSeparateTypedParagraphs() {
        assertEquals(List.of(
                new StepEnded(0, 0, 7, StepType.SETUP),
                new StepEnded(1, 7, 14, StepType.CALCULATE),
                new StepEnded(2, 14, 19, StepType.DOUBT),
                new StepEnded(3, 19, 26, StepType.CONCLUDE)), TestTraces.steps(TRACE, new ParagraphSegmenter()));
    }

    @Test
    void aStepIsEmittedWhileConsumingTheTokenThatHoldsTheNextParagraphsFirstChar() {
        ParagraphSegmenter s = new ParagraphSegmenter();
        TracePrefix p = new TracePrefix(TRACE);
        List<Integer> emittedAt = new ArrayList<>();
        while (p.advance()) {
            List<SignalEvent> out = new ArrayList<>();
            s.onToken(p, out::add);
            for (SignalEvent e : out) {
                emittedAt.add(p.tokenCount() - 1);
            }
        }
        assertEquals(List.of(7, 14, 19), emittedAt);
        List<SignalEvent> end = new ArrayList<>();
        s.onEnd(p, end::add);
        assertEquals(List.of(new StepEnded(3, 19, 26, StepType.CONCLUDE)), end);
    }

    @Test
    void aSingleLineBreakDoesNotEndAParagraph() {
        Trace t = TestTraces.of("a", "\n", "b", "\n\n", "c");
        assertEquals(List.of(new StepEnded(0, 0, 4, StepType.GENERAL), new StepEnded(1, 4, 5, StepType.GENERAL)),
                TestTraces.steps(t, new ParagraphSegmenter()));
    }

    @Test
    void leadingBlankLinesBelongToTheFirstStepAndTrailingOnesToTheLast() {
        Trace t = TestTraces.of("\n\n", "a", "\n\n", "b", "\n\n");
        assertEquals(List.of(new StepEnded(0, 0, 3, StepType.GENERAL), new StepEnded(1, 3, 5, StepType.GENERAL)),
                TestTraces.steps(t, new ParagraphSegmenter()));
    }

    @Test
    void paragraphsInsideOneTokenStayOneStep() {
        Trace t = TestTraces.of("a\n\nb\n\nc", "\n\n", "d");
        assertEquals(List.of(new StepEnded(0, 0, 2, StepType.GENERAL), new StepEnded(1, 2, 3, StepType.GENERAL)),
                TestTraces.steps(t, new ParagraphSegmenter()));
    }

    @Test
    void aTokenHoldingTheSeparatorAndTheNextFirstCharStartsTheNextStep() {
        Trace t = TestTraces.of("a", ".\n\nB", "c");
        assertEquals(List.of(new StepEnded(0, 0, 1, StepType.GENERAL), new StepEnded(1, 1, 3, StepType.GENERAL)),
                TestTraces.steps(t, new ParagraphSegmenter()));
    }

    @Test
    void aBlankTraceIsOneGeneralStepAndAnEmptyOneHasNone() {
        assertEquals(List.of(new StepEnded(0, 0, 2, StepType.GENERAL)),
                TestTraces.steps(TestTraces.of("\n\n", "  "), new ParagraphSegmenter()));
        assertEquals(List.of(), TestTraces.steps(TestTraces.of(), new ParagraphSegmenter()));
    }

    @Test
    void stepAtMapsSeenTokensToTheirStep() {
        ParagraphSegmenter s = new ParagraphSegmenter();
        TestTraces.run(TRACE, s);
        assertEquals(0, s.stepAt(6));
        assertEquals(1, s.stepAt(7));
        assertEquals(2, s.stepAt(18));
        assertEquals(3, s.stepAt(25));
    }
}
