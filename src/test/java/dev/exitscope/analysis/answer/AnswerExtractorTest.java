package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerExtractorTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("So $x = \\boxed{\\frac{1}{2}}$.", "\\frac{1}{2}"),
                Arguments.of("First \\boxed{1}, then \\boxed{2}.", "2"),
                Arguments.of("Nested \\boxed{\\frac{\\sqrt{3}}{2}} done", "\\frac{\\sqrt{3}}{2}"),
                Arguments.of("Result: \\fbox{42}", "42"),
                Arguments.of("Thus the answer is \\boxed 5.", "5"),
                Arguments.of("Unbalanced \\boxed{7 and then \\boxed{8}", "8"),
                Arguments.of("We compute 3+4. The answer is 7.", "7"),
                Arguments.of("the answer is $3.5$.\nThanks", "$3.5$"),
                Arguments.of("Final Answer: The final answer is $12$. I hope it is correct.", "$12$"),
                Arguments.of("Some work.\n\n**Final Answer**\n\n18", "18"),
                Arguments.of("**Final Answer:** 64", "64"),
                Arguments.of("Reasoning...\n#### 18", "18"),
                Arguments.of("Answer: B", "B"),
                Arguments.of("so the answer is (C).", "(C)"),
                Arguments.of("Looking at the options\n(D)", "D"),
                Arguments.of("the first answer is 3. Later the answer is 4.", "4"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("texts")
    void extractsTheLastStatedAnswer(String text, String expected) {
        assertEquals(expected, AnswerExtractor.extractFinal(text));
    }

    @Test
    void textWithoutAnyAnswerGivesNull() {
        assertNull(AnswerExtractor.extractFinal("No numbers here at all."));
        assertNull(AnswerExtractor.extractFinal("   \n  "));
        assertNull(AnswerExtractor.extractFinal("She has 16 - 7 = 9 eggs.\nShe earns 9 * 2 = 18 dollars"),
                "a number at the end of free text is not a stated answer");
        assertNull(AnswerExtractor.extractFinal("It cannot be written as a multiple of (2, -1)."));
    }

    @Test
    void lastBoxedIgnoresOtherCommandsStartingLikeIt() {
        assertNull(AnswerExtractor.lastBoxed("\\boxedtext{3}"));
        assertEquals("3", AnswerExtractor.lastBoxed("\\boxed{3} \\boxedtext{4}"));
    }

    @Test
    void theQuickScanRulesOutOnlyTextsWithoutAnyStatement() {
        String[] parts = {"answer", "ANSWER", "Answ", "er", "##", "#", "final", "Final", " ", "\n", ":", "is", "x",
            "5", "**", "-", "."};
        java.util.Random rnd = new java.util.Random(11);
        int ruledOut = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k >= 0; k--) {
                sb.append(parts[rnd.nextInt(parts.length)]);
            }
            String text = sb.toString();
            boolean matches = AnswerExtractor.STATEMENT.matcher(text).find();
            if (!AnswerExtractor.mayHoldStatement(text)) {
                ruledOut++;
                assertEquals(false, matches, text);
            }
        }
        assertEquals(true, ruledOut > 1000, "texts ruled out: " + ruledOut);
    }
}
