package dev.exitscope.analysis.policy.eval;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Pareto frontier of one call's configurations on (savings, accuracy), both maximised. A
 * configuration is on the frontier when no other one is at least as good on both and strictly better on one, so
 * configurations with identical points are all on it. A configuration without savings (nothing replayable) is
 * never on it; a missing accuracy (no gold) ranks below every number and equal to other missing ones, so on a
 * corpus without gold the frontier is the configurations with the highest savings. Stateless.
 */
public final class Pareto {
    private Pareto() {
    }

    /** {@code evaluations} in the same order, each with {@code pareto} set. */
    public static List<CorpusEvaluation> mark(List<CorpusEvaluation> evaluations) {
        List<CorpusEvaluation> out = new ArrayList<>(evaluations.size());
        for (CorpusEvaluation e : evaluations) {
            boolean front = e.savings() != null;
            for (CorpusEvaluation o : evaluations) {
                if (!front) {
                    break;
                }
                if (o != e && dominates(o, e)) {
                    front = false;
                }
            }
            out.add(e.withPareto(front));
        }
        return out;
    }

    /** Whether {@code a} dominates {@code b}. */
    static boolean dominates(CorpusEvaluation a, CorpusEvaluation b) {
        if (a.savings() == null || b.savings() == null) {
            return a.savings() != null;
        }
        int s = Double.compare(a.savings(), b.savings());
        int acc = compareAccuracy(a.accuracy(), b.accuracy());
        return s >= 0 && acc >= 0 && (s > 0 || acc > 0);
    }

    private static int compareAccuracy(@Nullable Double a, @Nullable Double b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Double.compare(a, b);
    }
}
