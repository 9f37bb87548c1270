package dev.exitscope.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import org.junit.jupiter.api.Test;

class FinalAnswerReaderTest {
    private static final Question GOLD_HALF = new Question("q", "\\frac{1}{2}", AnswerType.LATEX);

    @Test
    void bareExpressionAfterTheThinkingBlockIsTheAnswer() {
        String text = "<think>maybe 3? no, 1/2</think>\\frac{1}{2}";
        FinalAnswer a = FinalAnswerReader.read(text, text.indexOf("\\frac"), GOLD_HALF);
        assertEquals("\\frac{1}{2}", a.answer());
        assertTrue(a.correct());
    }

    @Test
    void sentenceAfterTheThinkingBlockGoesThroughTheExtractor() {
        String text = "<think>work</think>So the answer is 5.";
        FinalAnswer a = FinalAnswerReader.read(text, text.indexOf("So"), new Question(null, "5", null));
        assertEquals("5", a.answer());
        assertTrue(a.correct());
    }

    @Test
    void aSentenceThatOnlyEndsInANumberStatesNoAnswer() {
        String text = "<think>work</think>The vector (3, -7) is not a multiple of (2, -1).";
        FinalAnswer a = FinalAnswerReader.read(text, text.indexOf("The"), new Question(null, "5", null));
        assertNull(a.answer());
        assertFalse(a.correct(), "no answer against a gold answer counts as wrong");
    }

    @Test
    void emptyAnswerPartFallsBackToTheWholeText() {
        String text = "<think>so it is \\boxed{0.5}</think>";
        FinalAnswer a = FinalAnswerReader.read(text, text.length(), GOLD_HALF);
        assertEquals("0.5", a.answer());
        assertTrue(a.correct());
    }

    @Test
    void outputTagsAroundAShortAnswerAreDropped() {
        String text = "<Thought>is it?</Thought>\n<Output>\nyes\n</Output>";
        FinalAnswer a = FinalAnswerReader.read(text, text.indexOf("\n<Output>"), Question.UNKNOWN);
        assertEquals("yes", a.answer());
    }

    @Test
    void missingAnswerWithGoldCountsAsWrong() {
        FinalAnswer a = FinalAnswerReader.read("no idea", 0, GOLD_HALF);
        assertNull(a.answer());
        assertFalse(a.correct());
    }

    @Test
    void withoutGoldCorrectnessIsUnknown() {
        FinalAnswer a = FinalAnswerReader.read("the answer is 4.", 0, Question.UNKNOWN);
        assertEquals("4", a.answer());
        assertNull(a.correct());
    }
}
