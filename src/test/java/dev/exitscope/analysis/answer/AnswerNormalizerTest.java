package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerNormalizerTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $\\dfrac{1}{2}$         | \\frac{1}{2}
            \\frac12                | \\frac{1}{2}
            \\frac{3}4              | \\frac{3}{4}
            \\left( 1, 2 \\right)   | (1,2)
            \\text{(B)}             | B
            x = 5                   | 5
            5\\!\\,000              | 5000
            "1,000"                 | 1000
            10^{\\circ}             | 10
            50\\%                   | 50
            5 \\text{ cm}^2         | 5
            \\mathrm{Hello}         | Hello
            "#### 72"               | 72
            18.                     | 18
            .5                      | 0.5
            \\sqrt2                 | \\sqrt{2}
            4a - 2                  | 4a-2
            """)
    void normalisesFormattingAway(String raw, String expected) {
        assertEquals(expected, AnswerNormalizer.normalize(raw));
    }
}
