package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

    @Test
    void aPlainNumberIsWhatTheRulesMakeOfIt() {
        Random rnd = new Random(7);
        String[] shapes = {"", "-"};
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder(shapes[rnd.nextInt(2)]);
            for (int d = rnd.nextInt(12) + 1; d > 0; d--) {
                b.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextBoolean()) {
                b.append('.');
                for (int d = rnd.nextInt(6) + 1; d > 0; d--) {
                    b.append((char) ('0' + rnd.nextInt(10)));
                }
            }
            String s = b.toString();
            assertTrue(AnswerNormalizer.isPlainNumber(s), s);
            assertEquals(AnswerNormalizer.rewrite(s), AnswerNormalizer.analyse(s), s);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "-", "1.", ".5", "1.2.3", "--1", "1,000", "' 12'", "'12 '", "1e5", "+3",
        "١٢", "x=3", "3%"})
    void anythingElseGoesThroughTheRules(String s) {
        assertFalse(AnswerNormalizer.isPlainNumber(s), s);
        assertEquals(AnswerNormalizer.rewrite(s), AnswerNormalizer.analyse(s), s);
    }
}
