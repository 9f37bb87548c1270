package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The memoising checker gives the static checker's verdict on every pair, asked in any order and repeatedly. */
class AnswerEquivalenceMemoTest {
    private static final List<String> ANSWERS = List.of("3", "3.0", "\\frac{1}{2}", "0.5", "50\\%", "1/2", "(1, 2)",
            "(1,2)", "[1, 2]", "\\{1, 2\\}", "x = 3", "A", "(A)", "a", "\\text{yes}", "yes", "6290000", "6,290,000",
            "4:30 \\text{ p.m.}", "", "\\sqrt{4}", "2", "-0", "0", "1e3", "1000", "\\dfrac{3}{8}", "0.375");

    @Test
    void everyPairHasTheStaticVerdictUnderEveryAnswerType() {
        int equivalentPairs = 0;
        for (AnswerType type : new AnswerType[] {null, AnswerType.NUMERIC, AnswerType.LATEX, AnswerType.MCQ,
            AnswerType.TEXT}) {
            AnswerEquivalence.Memo memo = new AnswerEquivalence.Memo(type);
            for (int round = 0; round < 2; round++) {
                for (String a : ANSWERS) {
                    for (String b : ANSWERS) {
                        boolean expected = AnswerEquivalence.equivalent(a, b, type);
                        assertEquals(expected, memo.equivalent(a, b), type + ": " + a + " vs " + b);
                        if (expected && !a.equals(b)) {
                            equivalentPairs++;
                        }
                    }
                }
            }
        }
        // the list holds several pairs that are equivalent without being equal strings (3 and 3.0, 1/2 and 0.5, …)
        assertTrue(equivalentPairs > 20, "only " + equivalentPairs + " non-identical equivalent pairs");
    }
}
