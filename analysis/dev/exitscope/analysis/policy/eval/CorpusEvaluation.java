package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The corpus metrics of one policy configuration, computed from its replay rows (the metrics of PUMA, arXiv
 * 2605.17672, and LYNX, arXiv 2512.05325: CR, CRT, accuracy and R→W / W→R transitions, with paired intervals).
 * Field names are those of {@code evaluate --json}. Let R be the replayable rows and G ⊆ R those with both
 * correctness values (gold known). Then:
 * <ul>
 *   <li>{@code savings} = 1 − ΣtokensUsed ÷ ΣtokensTotal over R; {@code savingsWithOverhead} = 1 − Σ(tokensUsed +
 *   overheadTokens) ÷ ΣtokensTotal; {@code savingsMean} = mean of {@code saved} over R; {@code thinkingSavings} =
 *   1 − ΣthinkingKept ÷ ΣthinkingTokens over R; {@code answerCostMode} = how the rows counted the answer after an
 *   exit ({@code recorded}, {@code probe}, {@code none});</li>
 *   <li>{@code accuracy}, {@code accuracyFull} = fractions of G that are correct under the policy / in full;
 *   {@code deltaAccuracy} = accuracy − accuracyFull (a fraction); {@code retention} = accuracy ÷ accuracyFull;</li>
 *   <li>{@code rightToWrong}, {@code wrongToRight}: counts over G;</li>
 *   <li>{@code prematureRate} = premature ÷ exited among the rows of G that exited ({@code exitToken} set);</li>
 *   <li>{@code exitRate} = rows of R that exited ÷ |R|; {@code meanExitPosition} = mean of tokensUsed ÷ tokensTotal
 *   over the rows of R with tokensTotal &gt; 0;</li>
 *   <li>{@code ciSavings}, {@code ciDeltaAccuracy}: {@link PairedBootstrap} 95 % intervals;</li>
 *   <li>{@code mcnemarP}: {@link McNemar#exactP} with b = rightToWrong, c = wrongToRight;</li>
 *   <li>{@code needs}: what the rows that could not be replayed lack, the most frequent first;</li>
 *   <li>{@code baseline}: what savings and {@code accuracyFull} compare with, {@code full-trace}, or
 *   {@code majority-vote} for {@code ffs};</li>
 *   <li>{@code pareto}: set by {@link Pareto#mark} among the configurations of one call that share the baseline
 *   and were replayable on the same traces.</li>
 * </ul>
 * A value whose denominator is empty or zero (no replayable rows, no gold, ΣtokensTotal = 0, accuracyFull = 0 for
 * retention) is null, never NaN; counts are then 0, and {@code mcnemarP} is null without gold. Immutable.
 */
public record CorpusEvaluation(String policy, Map<String, String> params, int traces, int replayable,
                               List<String> needs, String answerCostMode, String baseline,
                               @Nullable Double savings, @Nullable Double savingsMean,
                               @Nullable Double savingsWithOverhead, @Nullable Double thinkingSavings,
                               @Nullable Double accuracy,
                               @Nullable Double accuracyFull, @Nullable Double deltaAccuracy,
                               @Nullable Double retention, int rightToWrong, int wrongToRight,
                               @Nullable Double prematureRate, @Nullable Double exitRate,
                               @Nullable Double meanExitPosition, @Nullable Interval ciSavings,
                               @Nullable Interval ciDeltaAccuracy, @Nullable Double mcnemarP, boolean pareto) {

    /** The baseline of per-trace policies: the trace run to its end. */
    public static final String FULL_TRACE = "full-trace";
    /** The baseline of {@code ffs}: every sample of a group run to its end, answered by majority vote. */
    public static final String MAJORITY_VOTE = "majority-vote";

    public CorpusEvaluation {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        needs = List.copyOf(needs);
    }

    /**
     * Evaluates {@code rows} (all rows of one configuration, their answer cost counted by {@code answerCost}) with a
     * {@link PairedBootstrap} seeded by {@code seed}.
     */
    public static CorpusEvaluation of(String policy, Map<String, String> params, List<ReplayResult> rows,
                                      AnswerCost answerCost, long seed) {
        return of(policy, params, rows, answerCost, seed, PairedBootstrap.RESAMPLES);
    }

    /** {@link #of(String, Map, List, AnswerCost, long)} with {@link AnswerCost#RECORDED}. */
    public static CorpusEvaluation of(String policy, Map<String, String> params, List<ReplayResult> rows, long seed) {
        return of(policy, params, rows, AnswerCost.RECORDED, seed);
    }

    static CorpusEvaluation of(String policy, Map<String, String> params, List<ReplayResult> rows,
                               AnswerCost answerCost, long seed, int resamples) {
        return of(policy, params, RowStore.of(rows), answerCost, new BootstrapCache(seed, resamples));
    }

    /** Evaluates {@code rows}, the bootstrap taken from (and shared through) {@code bootstrap}. */
    static CorpusEvaluation of(String policy, Map<String, String> params, RowStore rows, AnswerCost answerCost,
                               BootstrapCache bootstrap) {
        Columns c = new Columns(rows);
        long used = 0;
        long total = 0;
        long overhead = 0;
        long thinking = 0;
        long thinkingKept = 0;
        double savedSum = 0;
        double positionSum = 0;
        int positions = 0;
        int exits = 0;
        for (int k = 0; k < rows.size(); k++) {
            if (!rows.replayable(k)) {
                continue;
            }
            used += rows.used(k);
            total += rows.total(k);
            overhead += rows.overhead(k);
            thinking += rows.thinking(k);
            thinkingKept += rows.thinkingKept(k);
            savedSum += rows.saved(k);
            if (rows.total(k) > 0) {
                positionSum += (double) rows.used(k) / rows.total(k);
                positions++;
            }
            if (rows.exited(k)) {
                exits++;
            }
        }
        int golds = 0;
        int right = 0;
        int rightFull = 0;
        int r2w = 0;
        int w2r = 0;
        int exitedGold = 0;
        int premature = 0;
        for (int k = 0; k < rows.size(); k++) {
            Boolean correct = rows.correct(k);
            Boolean correctFull = rows.correctFull(k);
            if (!rows.replayable(k) || correct == null || correctFull == null) {
                continue;
            }
            boolean pol = correct;
            boolean full = correctFull;
            golds++;
            right += pol ? 1 : 0;
            rightFull += full ? 1 : 0;
            r2w += full && !pol ? 1 : 0;
            w2r += !full && pol ? 1 : 0;
            if (rows.exited(k)) {
                exitedGold++;
                premature += rows.premature(k) ? 1 : 0;
            }
        }
        int n = c.size;
        Double acc = ratio(right, golds);
        Double accFull = ratio(rightFull, golds);
        PairedBootstrap.Result ci = bootstrap.run(c);
        return new CorpusEvaluation(policy, params, rows.size(), n, needs(rows), answerCost.wireName(),
                baselineOf(policy),
                total == 0 ? null : 1.0 - (double) used / total,
                n == 0 ? null : savedSum / n,
                total == 0 ? null : 1.0 - (double) (used + overhead) / total,
                thinking == 0 ? null : 1.0 - (double) thinkingKept / thinking,
                acc, accFull,
                golds == 0 ? null : (double) (right - rightFull) / golds,
                rightFull == 0 ? null : (double) right / rightFull,
                r2w, w2r,
                ratio(premature, exitedGold),
                ratio(exits, n),
                positions == 0 ? null : positionSum / positions,
                ci.savings(), ci.deltaAccuracy(),
                golds == 0 ? null : McNemar.exactP(r2w, w2r),
                false);
    }

    /** This evaluation with {@code pareto} set. */
    public CorpusEvaluation withPareto(boolean onFrontier) {
        return new CorpusEvaluation(policy, params, traces, replayable, needs, answerCostMode, baseline, savings,
                savingsMean, savingsWithOverhead, thinkingSavings, accuracy, accuracyFull, deltaAccuracy, retention,
                rightToWrong, wrongToRight, prematureRate, exitRate, meanExitPosition, ciSavings, ciDeltaAccuracy,
                mcnemarP, onFrontier);
    }

    /** What a configuration of {@code policy} is compared with: the majority vote for {@code ffs}, else the trace. */
    public static String baselineOf(String policy) {
        return policy.equals("ffs") ? MAJORITY_VOTE : FULL_TRACE;
    }

    /** The distinct needs of the rows that could not be replayed, the most frequent first (ties by name). */
    static List<String> needs(RowStore rows) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (List<String> need : rows.needs()) {
            need.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        List<String> out = new java.util.ArrayList<>(counts.keySet());
        out.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return out;
    }

    private static @Nullable Double ratio(int num, int den) {
        return den == 0 ? null : (double) num / den;
    }
}
