package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.steps.PumaChunk.Label;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PUMA's semantic merging ({@code separate_steps.py}, giovanni-vaccarino/PUMA) with its defaults m = 200, M = 1000:
 * thresholds 1.5 m = 300, 0.5 m = 100, 0.6 m = 120, 0.4 m = 80, 1.2 M = 1200. The traces have one token per char,
 * so token indices are char offsets.
 */
class PumaSegmenterTest {
    /** {@code lead}, a space and x's up to {@code length} chars. */
    private static String para(String lead, int length) {
        return lead + " " + "x".repeat(length - lead.length() - 1);
    }

    private static String join(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static List<int[]> bounds(String text) {
        List<int[]> out = new ArrayList<>();
        for (StepEnded e : TestTraces.steps(TestTraces.chars(text), new PumaSegmenter())) {
            out.add(new int[] {e.start(), e.end()});
        }
        return out;
    }

    private static void assertBounds(List<int[]> expected, List<int[]> actual) {
        assertEquals(expected.size(), actual.size(), "step count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], actual.get(i)[0], "start of step " + (i + 1));
            assertEquals(expected.get(i)[1], actual.get(i)[1], "end of step " + (i + 1));
        }
    }

    private static final String[] A = {
        para("First, we need to solve it.", 150),  // setup, enumerated
        para("We compute 6 * 7 = 42.", 150),       // calculate: (setup, calculate) keep together, 300 <= 1000
        para("Wait, is that right?", 250),         // doubt: (setup, doubt) major transition, 302 >= 100: new step
        para("But maybe not.", 300),               // doubt again: same type, 250 + 300 = 550 <= 1200: merge
        para("2.5 is the next value", 120),        // enumerated ("2." then a digit), 552 >= 200: new step
        para("ok", 60),                            // general after general: 120 < 300: merge (182)
        para("Therefore the answer is 42.", 90)};  // conclude: no rule merges it (182 >= 120, 90 >= 80): new step,
                                                   // but 90 < 100 at the end: folded into the step before

    @Test
    void keepTogetherSameTypeMajorTransitionEnumerationAndTheTinyLastFold() {
        String text = join(A);
        int p3 = text.indexOf(A[2]);
        int p5 = text.indexOf(A[4]);
        assertBounds(List.of(new int[] {0, p3}, new int[] {p3, p5}, new int[] {p5, text.length()}), bounds(text));
    }

    @Test
    void aStepIsEmittedOnceTheParagraphAfterItHasEndedAndThePastTinyStepWaitsForTheEnd() {
        String text = join(A);
        PumaSegmenter s = new PumaSegmenter();
        TracePrefix p = new TracePrefix(TestTraces.chars(text));
        List<Integer> emittedAt = new ArrayList<>();
        while (p.advance()) {
            List<SignalEvent> out = new ArrayList<>();
            s.onToken(p, out::add);
            out.forEach(e -> emittedAt.add(p.tokenCount() - 1));
        }
        // step 1 is known when paragraph 3 (a new step of 250 >= 100 chars) has ended: at paragraph 4's first char;
        // step 2 when paragraph 5 (120 chars) has ended: at paragraph 6's first char. Step 3 took in paragraph 6 and
        // then saw paragraph 7 start a step of 90 < 100 chars, which only the end of the text settles
        assertEquals(List.of(text.indexOf(A[3]), text.indexOf(A[5])), emittedAt);
        List<StepEnded> end = new ArrayList<>();
        s.onEnd(p, e -> end.add((StepEnded) e));
        assertEquals(1, end.size());
        assertEquals(2, end.get(0).index());
        assertEquals(text.indexOf(A[4]), end.get(0).start());
        assertEquals(text.length(), end.get(0).end());
    }

    @Test
    void calculationsMergeOnlyWhileShortAndSmallOrCompatibleChunksJoin() {
        String[] b = {
            para("We compute 1 + 1 = 2.", 190),   // calculate
            para("Then compute 2 + 2 = 4.", 190), // calculate after calculate: 190 < 200, 380 <= 1000: merge (382)
            para("Now compute 3 + 3 = 6.", 100),  // calculate again but 382 >= 200: new step (100, not tiny)
            para("Okay.", 50),                    // general: no pair rule; 100 < 120: merge (152)
            para("Let me check: fine.", 70),      // verify: (calculate, verify) keep together, 222 <= 1000 (224)
            para("Okay so far.", 79),             // general: 224 >= 120, but 79 < 80 and 303 <= 1000: merge (305)
            para("Okay again.", 80),              // general: 80 is not < 80: new step (80 < 100: tiny for now)
            para("Okay, moving on.", 250)};       // general after general: 80 < 300: merge (332, no fold)
        String text = join(b);
        int q3 = text.indexOf(b[2]);
        int q7 = text.indexOf(b[6]);
        assertBounds(List.of(new int[] {0, q3}, new int[] {q3, q7}, new int[] {q7, text.length()}), bounds(text));
    }

    @Test
    void chunkLabelsFollowPumasListsAndOrder() {
        assertEquals(Label.SETUP, PumaChunk.label("First, we need to solve for x = 3."));
        assertEquals(Label.GENERAL, PumaChunk.label("x".repeat(100) + " given that"));
        assertEquals(Label.CALCULATE, PumaChunk.label("The total is 12."));
        // "let me" vetoes calculate; nothing else matches
        assertEquals(Label.GENERAL, PumaChunk.label("Let me compute the total."));
        // "wait" vetoes calculate and is a doubt
        assertEquals(Label.DOUBT, PumaChunk.label("Wait, 2 = 2 after adding."));
        assertEquals(Label.VERIFY, PumaChunk.label("Let me check the result."));
        assertEquals(Label.CONCLUDE, PumaChunk.label("Hence x is 3."));
        // "but" needs its trailing space, so "button" is general
        assertEquals(Label.GENERAL, PumaChunk.label("Press the button."));
    }

    @Test
    void enumerationNeedsAWordBoundaryAfterTheMarkerAsPumasPatternIsWritten() {
        assertFalse(PumaChunk.of("1. Add them").enumerated());
        assertFalse(PumaChunk.of("2) Then").enumerated());
        assertTrue(PumaChunk.of("1.5 is close").enumerated());
        assertTrue(PumaChunk.of("Step 2: square").enumerated());
        assertTrue(PumaChunk.of("first, note").enumerated());
        assertTrue(PumaChunk.of("Finally").enumerated());
        assertFalse(PumaChunk.of("Firstly, note").enumerated());
        assertFalse(PumaChunk.of("**Step 1**").enumerated());
    }

    @Test
    void eachMergeRuleAtItsThresholds() {
        PumaChunk doubt200 = new PumaChunk(200, Label.DOUBT, false);
        PumaChunk doubt201 = new PumaChunk(201, Label.DOUBT, false);
        // same type doubt: P + C <= 1.2 M = 1200
        assertTrue(doubt200.joins(1000, Label.DOUBT, 200, 1000));
        assertFalse(doubt201.joins(1000, Label.DOUBT, 200, 1000));
        // same type calculate: P < 200 and P + C <= 1000
        assertTrue(new PumaChunk(801, Label.CALCULATE, false).joins(199, Label.CALCULATE, 200, 1000));
        assertFalse(new PumaChunk(802, Label.CALCULATE, false).joins(199, Label.CALCULATE, 200, 1000));
        assertFalse(new PumaChunk(10, Label.CALCULATE, false).joins(200, Label.CALCULATE, 200, 1000));
        // same type general: P < 1.5 m = 300, whatever C
        assertTrue(new PumaChunk(900, Label.GENERAL, false).joins(299, Label.GENERAL, 200, 1000));
        assertFalse(new PumaChunk(1, Label.GENERAL, false).joins(300, Label.GENERAL, 200, 1000));
        // an enumerated chunk after a step of >= m starts a step even of the same type; below m it may merge
        assertFalse(new PumaChunk(10, Label.GENERAL, true).joins(200, Label.GENERAL, 200, 1000));
        assertTrue(new PumaChunk(10, Label.GENERAL, true).joins(199, Label.GENERAL, 200, 1000));
        // keep together (setup, calculate): P + C <= M
        assertTrue(new PumaChunk(500, Label.CALCULATE, false).joins(500, Label.SETUP, 200, 1000));
        assertFalse(new PumaChunk(501, Label.CALCULATE, false).joins(500, Label.SETUP, 200, 1000));
        // major transition (calculate, doubt): only when P < 0.5 m = 100
        assertTrue(new PumaChunk(10, Label.DOUBT, false).joins(99, Label.CALCULATE, 200, 1000));
        assertFalse(new PumaChunk(10, Label.DOUBT, false).joins(100, Label.CALCULATE, 200, 1000));
        // no pair (general, doubt): P < 0.6 m = 120 merges; then C < 0.4 m = 80 and P + C <= M
        assertTrue(new PumaChunk(900, Label.DOUBT, false).joins(119, Label.GENERAL, 200, 1000));
        assertTrue(new PumaChunk(79, Label.DOUBT, false).joins(120, Label.GENERAL, 200, 1000));
        assertFalse(new PumaChunk(80, Label.DOUBT, false).joins(120, Label.GENERAL, 200, 1000));
        assertFalse(new PumaChunk(79, Label.DOUBT, false).joins(922, Label.GENERAL, 200, 1000));
        assertFalse(new PumaChunk(79, Label.DOUBT, true).joins(120, Label.GENERAL, 200, 1000));
    }

    @Test
    void lengthsCountCodePointsAsPythonDoes() {
        // U+1D465 (mathematical italic x) is two UTF-16 chars but one code point
        assertEquals(3, PumaChunk.of("a\uD835\uDC65b").length());
    }

    /**
     * Steps per trace of the Marco-o1 sample (80 traces, 792 steps), computed independently by running the rules of
     * PUMA's {@code separate_steps.py} in Python over each trace's text (read without newline translation). The
     * size-only {@code puma-size} merger gives 824 steps on the same traces.
     */
    private static final int[] MARCO_PUMA_STEPS = {7, 3, 10, 7, 10, 9, 11, 8, 20, 9, 6, 5, 7, 10, 1, 6, 6, 7, 5, 8,
        22, 8, 9, 6, 20, 8, 12, 7, 10, 10, 4, 9, 10, 16, 1, 37, 7, 25, 10, 12, 21, 9, 7, 6, 8, 12, 9, 11, 10, 2, 7, 11,
        16, 1, 7, 1, 7, 12, 1, 11, 9, 23, 10, 10, 10, 17, 10, 11, 7, 5, 6, 9, 11, 9, 6, 7, 17, 10, 15, 23};

    @Test
    void theMarcoSampleGetsTheStepCountsOfPumasOwnSeparation() throws Exception {
        List<Trace> traces = TestTraces.sample(TestTraces.MARCO, "marco-o1");
        int[] counts = new int[traces.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = TestTraces.steps(traces.get(i), new PumaSegmenter()).size();
        }
        assertArrayEquals(MARCO_PUMA_STEPS, counts);
    }

    @Test
    void defaultSizesAreThoseOfPuma() {
        PumaSegmenter s = new PumaSegmenter();
        assertEquals(200, s.minChars());
        assertEquals(1000, s.maxChars());
        assertEquals(SegmenterKind.PUMA, SegmenterKind.of("puma"));
        assertEquals(SegmenterKind.PUMA_SIZE, SegmenterKind.of("puma-size"));
        assertTrue(SegmenterKind.PUMA_SIZE.create(StepTyper.defaults()) instanceof PumaSizeSegmenter);
    }
}
