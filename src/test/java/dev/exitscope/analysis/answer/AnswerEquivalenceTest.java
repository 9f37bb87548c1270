package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerEquivalenceTest {

    @ParameterizedTest(name = "[{index}] {0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            \\dfrac{1}{2}          | 0.5                  | true
            \\frac12               | \\frac{1}{2}         | true
            \\frac12               | 0.5                  | true
            \\tfrac{3}{4}          | 3/4                  | true
            50\\%                  | 0.5                  | true
            50%                    | 50                   | true
            50%                    | 1/2                  | true
            50\\%                  | \\frac{1}{2}         | true
            50%                    | 5                    | false
            25%                    | 0.5                  | false
            2\\sqrt{3}             | \\sqrt{12}           | true
            3\\sqrt{2}             | \\sqrt{18}           | true
            \\sqrt{8}              | 2\\sqrt{2}           | true
            \\frac{\\sqrt{3}}{3}   | \\frac{1}{\\sqrt{3}} | true
            \\sqrt3                | \\sqrt{3}            | true
            2\\sqrt{3}             | 3\\sqrt{2}           | false
            x=5                    | 5                    | true
            y = -2                 | -2                   | true
            5 cm                   | 5                    | true
            5\\text{ cm}           | 5                    | true
            12 \\text{ inches}     | 12                   | true
            10 miles per hour      | 10                   | true
            160 minutes            | 160                  | true
            10^\\circ              | 10                   | true
            10^{\\circ}            | 10                   | true
            45°                    | 45                   | true
            30 degrees             | 30                   | true
            1,000                  | 1000                 | true
            "1,234,567"            | 1234567              | true
            "\\$70,000"            | 70000                | true
            $26.00                 | 26                   | true
            "(1, 2)"               | "(1,2)"              | true
            "(1,2)"                | "(2,1)"              | false
            "[1,2)"                | "(1,2)"              | false
            "[1, 2)"               | "[1,2)"              | true
            "(-\\infty, 3]"        | "(-\\infty,3]"       | true
            "(-\\infty, 3]"        | "(-\\infty,3)"       | false
            "\\left( 3, \\frac{\\pi}{2} \\right)" | "(3, \\pi/2)" | true
            "(0.5, 1)"             | "(\\frac{1}{2}, 1)"  | true
            "(1,2,3)"              | "(1,2)"              | false
            \\text{(B)}            | B                    | true
            (B)                    | B                    | true
            (C)                    | B                    | false
            -3                     | -3.0                 | true
            -3                     | 3                    | false
            -\\frac{1}{2}          | -0.5                 | true
            \\frac{-1}{2}          | -\\frac{1}{2}        | true
            \\pi/2                 | \\frac{\\pi}{2}      | true
            2\\pi                  | \\pi \\cdot 2        | true
            \\frac{3\\pi}{4}       | 0.75\\pi             | true
            \\pi                   | 3.14                 | false
            0.333                  | 1/3                  | false
            0.3333333333           | \\frac{1}{3}         | true
            12                     | 21                   | false
            x^2                    | 2x                   | false
            4a-2                   | 4a - 2               | true
            2^{10}                 | 1024                 | true
            3 \\times 4            | 12                   | true
            12 \\div 4             | 3                    | true
            (2+3)^2                | 25                   | true
            12\\frac{3}{5}         | 12.6                 | true
            12\\frac{3}{5}         | \\frac{63}{5}        | true
            "# 18"                 | 18                   | true
            "#### 18"              | 18                   | true
            0.5                    | .5                   | true
            18.                    | 18                   | true
            1000000                | 1000002              | false
            1000000                | 1000001              | true
            1000000                | 1000000.5            | true
            \\sqrt[3]{8}           | 2                    | true
            4:30                   | 4:30p..              | false
            \\$5                   | 5 dollars            | true
            """)
    void pairsHaveTheExpectedVerdict(String a, String b, boolean expected) {
        assertEquals(expected, AnswerEquivalence.equivalent(a, b, null), a + " vs " + b);
        assertEquals(expected, AnswerEquivalence.equivalent(b, a, null), b + " vs " + a + " (symmetry)");
    }

    @Test
    void percentAnswerEqualsItsNumberAndItsFraction() {
        assertTrue(AnswerEquivalence.equivalent("50%", "50", AnswerType.NUMERIC));
        assertTrue(AnswerEquivalence.equivalent("50%", "0.5", AnswerType.NUMERIC));
        assertTrue(AnswerEquivalence.equivalent("50%", "\\frac{1}{2}", AnswerType.NUMERIC));
        assertTrue(AnswerEquivalence.equivalent("50%", "50\\%", AnswerType.NUMERIC));
    }

    @Test
    void twoPercentAnswersCompareByTheirNumbers() {
        assertFalse(AnswerEquivalence.equivalent("50%", "0.5%", null));
    }

    @Test
    void choiceAnswersCompareByLetterWhenTypedMcq() {
        assertTrue(AnswerEquivalence.equivalent("(b)", "\\text{(B)}", AnswerType.MCQ));
        assertFalse(AnswerEquivalence.equivalent("A", "B", AnswerType.MCQ));
    }

    @Test
    void textAnswersIgnoreCase() {
        assertTrue(AnswerEquivalence.equivalent("Yes", "yes", AnswerType.TEXT));
        assertFalse(AnswerEquivalence.equivalent("yes", "no", AnswerType.TEXT));
    }

    @Test
    void nearMissesAtTheDefaultToleranceStayUnequal() {
        assertFalse(AnswerEquivalence.equivalent("0.333", "1/3", null));
        assertFalse(AnswerEquivalence.equivalent("12", "21", null));
        assertFalse(AnswerEquivalence.equivalent("x^2", "2x", null));
    }

    @Test
    void hostileInputEndsWithoutAnException() {
        assertFalse(AnswerEquivalence.equivalent("2^{999999999}", "1", null));
        assertFalse(AnswerEquivalence.equivalent("(".repeat(5000), "1", null));
        assertFalse(AnswerEquivalence.equivalent("1/0", "1", null));
        assertFalse(AnswerEquivalence.equivalent("\\sqrt{-4}", "2", null));
    }
}
