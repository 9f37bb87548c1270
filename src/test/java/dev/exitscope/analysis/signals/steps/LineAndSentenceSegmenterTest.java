package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.StepType;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAndSentenceSegmenterTest {

    @Test
    void everyNonEmptyLineIsAStepAndBlankLinesJoinThePreviousOne() {
        Trace t = TestTraces.of("x", " =", " 1", "\n", "Wait", "\n\n", "  \n", "so", " thus");
        assertEquals(List.of(
                new StepEnded(0, 0, 4, StepType.CALCULATE),
                new StepEnded(1, 4, 7, StepType.DOUBT),
                new StepEnded(2, 7, 9, StepType.CONCLUDE)), TestTraces.steps(t, new LineSegmenter()));
    }

    @Test
    void sentencesEndAtStopsFollowedBySpaceButNotInNumbersAbbreviationsOrListNumbers() {
        String text = "Dr. Who said 3.14 is pi. Then e.g. this (x=1.)! Done?\n1. First item\nLast one";
        assertEquals(List.of(0, text.indexOf("Then"), text.indexOf("Done"), text.indexOf("1. First"),
                text.indexOf("Last")), starts(text));
    }

    @Test
    void cjkStopsEndSentencesWithoutSpaceAndClosingQuotesStayWithTheirSentence() {
        String text = "他说：“好。”然后走了！再见";
        assertEquals(List.of(0, text.indexOf("然"), text.indexOf("再")), starts(text));
    }

    @Test
    void aFullStopAtTheEndOfTheTextIsDecidedByTheNextChar() {
        Trace t = TestTraces.of("It", " is", " 3", ".", "14", " now", ".", " Yes");
        assertEquals(List.of(new StepEnded(0, 0, 7, StepType.GENERAL), new StepEnded(1, 7, 8, StepType.GENERAL)),
                TestTraces.steps(t, new SentenceSegmenter()));
    }

    @Test
    void ellipsesAndQuestionMarksEndSentences() {
        String text = "Wait... what? No!! Fine.";
        assertEquals(List.of(0, text.indexOf("what"), text.indexOf("No"), text.indexOf("Fine")), starts(text));
    }

    /** First char of each sentence step on a one-char-per-token trace (so token index = char offset). */
    private static List<Integer> starts(String text) {
        List<Integer> out = new ArrayList<>();
        for (StepEnded s : TestTraces.steps(TestTraces.chars(text), new SentenceSegmenter())) {
            out.add(s.start());
        }
        return out;
    }
}
