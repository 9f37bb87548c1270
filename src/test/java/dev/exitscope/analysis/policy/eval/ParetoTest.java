package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ParetoTest {
    private static CorpusEvaluation point(String name, @Nullable Double savings, @Nullable Double accuracy) {
        return new CorpusEvaluation(name, Map.of(), 1, 1, List.of(), "recorded", CorpusEvaluation.FULL_TRACE, savings,
                null, null, null, accuracy, null, null, null, 0, 0, null, null, null, null, null, null, false);
    }

    private static List<Boolean> flags(List<CorpusEvaluation> marked) {
        List<Boolean> out = new ArrayList<>();
        marked.forEach(e -> out.add(e.pareto()));
        return out;
    }

    @Test
    void keepsTheNonDominatedPointsAndBothOfATie() {
        List<CorpusEvaluation> in = List.of(
                point("a", 0.5, 0.8),
                point("b", 0.3, 0.9),
                point("c", 0.2, 0.7),   // dominated by a
                point("d", 0.5, 0.8),   // same point as a: neither dominates the other
                point("e", 0.5, 0.75),  // same savings as a, lower accuracy
                point("f", null, 1.0)); // nothing replayable
        assertEquals(List.of(true, true, false, true, false, false), flags(Pareto.mark(in)));
    }

    @Test
    void missingAccuracyRanksBelowEveryNumber() {
        List<CorpusEvaluation> in = List.of(
                point("a", 0.5, 0.8),
                point("g", 0.6, null),  // more savings, unknown accuracy: not dominated
                point("h", 0.4, null)); // dominated by a
        assertEquals(List.of(true, true, false), flags(Pareto.mark(in)));
    }

    @Test
    void withoutGoldTheFrontierIsTheLargestSavings() {
        List<CorpusEvaluation> in = List.of(point("a", 0.1, null), point("b", 0.4, null), point("c", 0.4, null));
        assertEquals(List.of(false, true, true), flags(Pareto.mark(in)));
    }
}
