package dev.exitscope.analysis.policy.eval;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Pareto frontier of one call's configurations on (savings, accuracy), both maximised, as PUMA (arXiv
 * 2605.17672) and DEER (arXiv 2504.15895) compare methods. Only configurations of one comparison group compete:
 * the same baseline and the same replayable traces ({@link #mark(List, List)}); points measured on other traces or
 * against another baseline are not comparable. A
 * configuration is on the frontier when no other one is at least as good on both and strictly better on one, so
 * configurations with identical points are all on it. A configuration without savings (nothing replayable) is
 * never on it; a missing accuracy (no gold) ranks below every number and equal to other missing ones, so on a
 * corpus without gold the frontier is the configurations with the highest savings. Stateless.
 */
public final class Pareto {
    private Pareto() {
    }

    /** {@code evaluations} in the same order, each with {@code pareto} set, all in one comparison group. */
    public static List<CorpusEvaluation> mark(List<CorpusEvaluation> evaluations) {
        List<Object> one = new ArrayList<>(evaluations.size());
        evaluations.forEach(e -> one.add(Boolean.TRUE));
        return mark(evaluations, one);
    }

    /**
     * {@code evaluations} in the same order, each with {@code pareto} set among those whose {@code groups} entry
     * (same index) is equal to its own.
     */
    public static List<CorpusEvaluation> mark(List<CorpusEvaluation> evaluations, List<?> groups) {
        if (groups.size() != evaluations.size()) {
            throw new IllegalArgumentException("one comparison group per evaluation");
        }
        java.util.Map<Object, List<Integer>> members = new java.util.HashMap<>();
        for (int i = 0; i < evaluations.size(); i++) {
            if (evaluations.get(i).savings() != null) {
                members.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
            }
        }
        boolean[] front = new boolean[evaluations.size()];
        for (List<Integer> group : members.values()) {
            markGroup(evaluations, group, front);
        }
        List<CorpusEvaluation> out = new ArrayList<>(evaluations.size());
        for (int i = 0; i < evaluations.size(); i++) {
            out.add(evaluations.get(i).withPareto(front[i]));
        }
        return out;
    }

    /**
     * One group's frontier in O(n log n): by savings, highest first; a point is dominated when a point of higher
     * savings has at least its accuracy, or a point of equal savings has more. A missing accuracy ranks below every
     * number and equal to other missing ones.
     */
    private static void markGroup(List<CorpusEvaluation> evaluations, List<Integer> group, boolean[] front) {
        Integer[] order = group.toArray(new Integer[0]);
        java.util.Arrays.sort(order, (x, y) -> Double.compare(evaluations.get(y).savings(),
                evaluations.get(x).savings()));
        boolean anyHigher = false;
        double bestHigher = Double.NEGATIVE_INFINITY;
        for (int from = 0; from < order.length; ) {
            double savings = evaluations.get(order[from]).savings();
            int to = from;
            double bestHere = Double.NEGATIVE_INFINITY;
            while (to < order.length && Double.compare(evaluations.get(order[to]).savings(), savings) == 0) {
                bestHere = Math.max(bestHere, rank(evaluations.get(order[to]).accuracy()));
                to++;
            }
            for (int k = from; k < to; k++) {
                double acc = rank(evaluations.get(order[k]).accuracy());
                front[order[k]] = !(anyHigher && bestHigher >= acc) && !(bestHere > acc);
            }
            anyHigher = true;
            bestHigher = Math.max(bestHigher, bestHere);
            from = to;
        }
    }

    private static double rank(@Nullable Double accuracy) {
        return accuracy == null ? Double.NEGATIVE_INFINITY : accuracy;
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
