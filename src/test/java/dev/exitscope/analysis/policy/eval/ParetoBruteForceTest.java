package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link Pareto#mark} against the definition checked pair by pair, on seeded random points drawn from few values
 * (so that ties in savings, in accuracy and in both are common), with missing values and several groups.
 */
class ParetoBruteForceTest {
    private static CorpusEvaluation point(@Nullable Double savings, @Nullable Double accuracy) {
        return new CorpusEvaluation("p", Map.of(), 1, 1, List.of(), "recorded", CorpusEvaluation.FULL_TRACE, savings,
                null, null, null, accuracy, null, null, null, 0, 0, null, null, null, null, null, null, false);
    }

    /** A missing accuracy is below every number; a missing savings is never on the frontier. */
    private static double acc(CorpusEvaluation e) {
        return e.accuracy() == null ? -1.0 : e.accuracy();
    }

    private static List<Boolean> bruteForce(List<CorpusEvaluation> in, List<Integer> groups) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            CorpusEvaluation b = in.get(i);
            boolean front = b.savings() != null;
            for (int j = 0; j < in.size() && front; j++) {
                CorpusEvaluation a = in.get(j);
                if (j == i || !groups.get(j).equals(groups.get(i)) || a.savings() == null) {
                    continue;
                }
                boolean atLeast = a.savings() >= b.savings() && acc(a) >= acc(b);
                boolean better = a.savings() > b.savings() || acc(a) > acc(b);
                front = !(atLeast && better);
            }
            out.add(front);
        }
        return out;
    }

    @Test
    void agreesWithThePairwiseDefinitionOnRandomPointsWithTies() {
        Random rnd = new Random(20261204L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(round < 200 ? 12 : 400);
            int levels = 1 + rnd.nextInt(6);
            List<CorpusEvaluation> in = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double s = rnd.nextInt(10) == 0 ? null : (double) rnd.nextInt(levels) / levels;
                Double a = rnd.nextInt(8) == 0 ? null : (double) rnd.nextInt(levels) / levels;
                in.add(point(s, a));
                groups.add(rnd.nextInt(3));
            }
            List<Boolean> got = new ArrayList<>();
            Pareto.mark(in, groups).forEach(e -> got.add(e.pareto()));
            assertEquals(bruteForce(in, groups), got, "round " + round + ": " + in);
        }
    }

    @Test
    void marksHundredThousandPointsOnAGridAsTheDominanceTableSays() {
        Random rnd = new Random(7);
        int levels = 1000;
        List<CorpusEvaluation> in = new ArrayList<>();
        int[] bestAccAt = new int[levels];
        java.util.Arrays.fill(bestAccAt, -1);
        for (int i = 0; i < 100_000; i++) {
            int sv = rnd.nextInt(levels);
            int ac = rnd.nextInt(levels);
            in.add(point((double) sv, (double) ac));
            bestAccAt[sv] = Math.max(bestAccAt[sv], ac);
        }
        int[] bestAccAbove = new int[levels + 1];
        bestAccAbove[levels] = -1;
        for (int sv = levels - 1; sv >= 0; sv--) {
            bestAccAbove[sv] = Math.max(bestAccAbove[sv + 1], bestAccAt[sv]);
        }
        List<CorpusEvaluation> marked = Pareto.mark(in);
        assertEquals(100_000, marked.size());
        for (int i = 0; i < in.size(); i++) {
            int sv = (int) (double) in.get(i).savings();
            int ac = (int) (double) in.get(i).accuracy();
            boolean dominated = bestAccAbove[sv + 1] >= ac || bestAccAt[sv] > ac;
            assertEquals(!dominated, marked.get(i).pareto(), "point " + i + " at " + sv + ", " + ac);
        }
    }
}
