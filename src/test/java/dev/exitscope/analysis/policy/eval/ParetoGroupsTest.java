package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Pareto flags compare only configurations with the same baseline and the same replayable traces. */
class ParetoGroupsTest {
    private static CorpusEvaluation point(String name, double savings, double accuracy) {
        return new CorpusEvaluation(name, Map.of(), 2, 2, List.of(), "recorded", CorpusEvaluation.FULL_TRACE,
                savings, null, null, null, accuracy, null, null, null, 0, 0, null, null, null, null, null, null,
                false);
    }

    private static List<Boolean> flags(List<CorpusEvaluation> marked) {
        List<Boolean> out = new ArrayList<>();
        marked.forEach(e -> out.add(e.pareto()));
        return out;
    }

    @Test
    void aDominatedPointOfAnotherGroupStaysOnItsOwnFrontier() {
        // b is dominated by a (0.2 < 0.5 savings, 0.5 < 1.0 accuracy), but measured on other traces: both on
        // their frontiers; c, in a's group, is dominated by a
        List<CorpusEvaluation> in = List.of(point("a", 0.5, 1.0), point("b", 0.2, 0.5), point("c", 0.4, 0.9));
        assertEquals(List.of(true, true, false), flags(Pareto.mark(in, List.of(1, 2, 1))));
        assertEquals(List.of(true, false, false), flags(Pareto.mark(in)));
    }

    @Test
    void theSortedPassAgreesWithThePairwiseDefinitionOnRandomPoints() {
        for (long seed = 1; seed <= 200; seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            int n = 1 + rnd.nextInt(40);
            List<CorpusEvaluation> in = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double s = rnd.nextInt(10) == 0 ? null : rnd.nextInt(6) / 5.0;
                Double a = rnd.nextInt(6) == 0 ? null : rnd.nextInt(6) / 5.0;
                in.add(new CorpusEvaluation("p" + i, Map.of(), 2, 2, List.of(), "recorded",
                        CorpusEvaluation.FULL_TRACE, s, null, null, null, a, null, null, null, 0, 0, null, null,
                        null, null, null, null, false));
                groups.add(rnd.nextInt(3));
            }
            List<Boolean> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean front = in.get(i).savings() != null;
                for (int j = 0; j < n && front; j++) {
                    front = j == i || !groups.get(j).equals(groups.get(i)) || !Pareto.dominates(in.get(j), in.get(i));
                }
                expected.add(front);
            }
            assertEquals(expected, flags(Pareto.mark(in, groups)), "seed " + seed);
        }
    }

    private static Trace sample(String group, int index, int tokens, @Nullable String boxed) {
        TraceBuilder b = new TraceBuilder(group + ":" + index).question(new Question("q" + group, "4", null));
        b.thinkRange(null, null);
        b.group(new GroupRef(group, index));
        for (int i = 0; i < tokens - 1; i++) {
            b.addToken(" w", -0.1f);
        }
        b.addToken(boxed == null ? " w" : " \\boxed{" + boxed + "}", -0.1f);
        return b.build();
    }

    @Test
    void ffsIsComparedWithTheMajorityVoteAndOnlyAmongItsKind() {
        // one group of two samples (10 and 20 tokens, both answering 4) and one ungrouped trace of 10 tokens.
        // ffs: used 2 × 10 = 20 of 30 -> savings 1/3, accuracy 1, baseline majority vote.
        // budget 5: every trace replayable, used 5 + 5 + 5 = 15 of 40 -> savings 0.625, accuracy 0 (no answer).
        // Compared with each other, neither dominates; but they are not comparable: both are alone in their group.
        // budget 8 (used 24 of 40, savings 0.4, accuracy 0) is dominated by budget 5 in the full-trace group.
        CorpusEvaluator ev = new CorpusEvaluator(PolicyCatalog.standard(), List.of(PolicySpec.parse("ffs"),
                PolicySpec.parse("budget:tokens=5"), PolicySpec.parse("budget:tokens=8")), null);
        ev.accept(sample("g", 0, 10, "4"));
        ev.accept(sample("g", 1, 20, "4"));
        TraceBuilder lone = new TraceBuilder("lone").question(new Question("q", "4", null));
        lone.thinkRange(null, null);
        for (int i = 0; i < 10; i++) {
            lone.addToken(" w", -0.1f);
        }
        ev.accept(lone.build());
        List<CorpusEvaluation> out = ev.finish(1);
        CorpusEvaluation ffs = out.get(0);
        assertEquals(CorpusEvaluation.MAJORITY_VOTE, ffs.baseline());
        assertEquals(1.0 / 3.0, ffs.savings(), 1e-12);
        assertEquals(1.0, ffs.accuracy(), 1e-12);
        assertEquals(CorpusEvaluation.FULL_TRACE, out.get(1).baseline());
        assertEquals(0.625, out.get(1).savings(), 1e-12);
        assertEquals(0.4, out.get(2).savings(), 1e-12);
        assertEquals(List.of(true, true, false), flags(out));
    }
}
