package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PumaSizeSegmenterTest {
    private static final String D40 = "d".repeat(40);
    /** Paragraph lengths 4, 12, 2, 40, 2; one char per token, so token index = char offset. */
    private static final String TEXT = "aaaa\n\nbbbbbbbbbbbb\n\ncc\n\n" + D40 + "\n\nee";
    private static final int B = TEXT.indexOf('b');
    private static final int C = TEXT.indexOf('c');
    private static final int D = TEXT.indexOf('d');
    private static final int E = TEXT.indexOf('e');

    private static PumaSizeSegmenter puma() {
        return new PumaSizeSegmenter(StepTyper.defaults(), 10, 30);
    }

    @Test
    void shortStepsTakeInTheNextParagraphUntilMinWithoutPassingMax() {
        assertEquals(List.of(
                new StepEnded(0, 0, C, StepType.GENERAL),
                new StepEnded(1, C, D, StepType.GENERAL),
                new StepEnded(2, D, E, StepType.GENERAL),
                new StepEnded(3, E, TEXT.length(), StepType.GENERAL)),
                TestTraces.steps(TestTraces.chars(TEXT), puma()));
    }

    @Test
    void aRefusedMergeIsEmittedAtTheCharThatCrossesMax() {
        PumaSizeSegmenter s = puma();
        TracePrefix p = new TracePrefix(TestTraces.chars(TEXT));
        List<Integer> emittedAt = new ArrayList<>();
        while (p.advance()) {
            List<SignalEvent> out = new ArrayList<>();
            s.onToken(p, out::add);
            out.forEach(e -> emittedAt.add(p.tokenCount() - 1));
        }
        // "cc" (2) + 2 + d-run passes 30 at the 29th d; the 4-char first paragraph waits for the b paragraph to end
        assertEquals(List.of(C, D + 28, E), emittedAt);
        assertEquals(B, TEXT.indexOf("bbbb"));
    }

    @Test
    void aPendingParagraphAtTheEndIsMerged() {
        assertEquals(List.of(new StepEnded(0, 0, 8, StepType.GENERAL)),
                TestTraces.steps(TestTraces.chars("aaaa\n\nbb"), puma()));
    }

    @Test
    void defaultSizesAreThoseOfPuma() {
        PumaSizeSegmenter s = new PumaSizeSegmenter();
        assertEquals(200, s.minChars());
        assertEquals(1000, s.maxChars());
    }

    @Test
    void foldingATinyLastStepIsAWholeTraceRefinementOnly() {
        Trace t = TestTraces.chars(TEXT);
        List<Step> steps = Step.fromEvents(t, TestTraces.run(t, puma()));
        assertEquals(4, steps.size());
        assertEquals(2, steps.get(3).contentChars());
        List<Step> folded = StepRefinements.foldTinyLastStep(steps, 5);
        assertEquals(3, folded.size());
        assertEquals(new Step(2, D, TEXT.length(), StepType.GENERAL, 44), folded.get(2));
        assertSame(steps, StepRefinements.foldTinyLastStep(steps, 2));
        List<Step> one = steps.subList(0, 1);
        assertSame(one, StepRefinements.foldTinyLastStep(one, 100));
    }
}
