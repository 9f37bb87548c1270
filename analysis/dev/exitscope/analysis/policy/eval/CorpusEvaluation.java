package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ReplayResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The corpus metrics of one policy configuration (methods.md §3), computed from its replay rows. Field names are
 * those of {@code evaluate --json}. Let R be the replayable rows and G ⊆ R those with both correctness values
 * (gold known). Then:
 * <ul>
 *   <li>{@code savings} = 1 − ΣtokensUsed ÷ ΣtokensTotal over R; {@code savingsWithOverhead} = 1 − Σ(tokensUsed +
 *   overheadTokens) ÷ ΣtokensTotal; {@code savingsMean} = mean of {@code saved} over R;</li>
 *   <li>{@code accuracy}, {@code accuracyFull} = fractions of G that are correct under the policy / in full;
 *   {@code deltaAccuracy} = accuracy − accuracyFull (a fraction); {@code retention} = accuracy ÷ accuracyFull;</li>
 *   <li>{@code rightToWrong}, {@code wrongToRight}: counts over G;</li>
 *   <li>{@code prematureRate} = premature ÷ exited among the rows of G that exited ({@code exitToken} set);</li>
 *   <li>{@code exitRate} = rows of R that exited ÷ |R|; {@code meanExitPosition} = mean of tokensUsed ÷ tokensTotal
 *   over the rows of R with tokensTotal &gt; 0;</li>
 *   <li>{@code ciSavings}, {@code ciDeltaAccuracy}: {@link PairedBootstrap} 95 % intervals;</li>
 *   <li>{@code mcnemarP}: {@link McNemar#exactP} with b = rightToWrong, c = wrongToRight;</li>
 *   <li>{@code pareto}: set by {@link Pareto#mark} among the configurations of one call.</li>
 * </ul>
 * A value whose denominator is empty or zero (no replayable rows, no gold, ΣtokensTotal = 0, accuracyFull = 0 for
 * retention) is null, never NaN; counts are then 0, and {@code mcnemarP} is null without gold. Immutable.
 */
public record CorpusEvaluation(String policy, Map<String, String> params, int traces, int replayable,
                               @Nullable Double savings, @Nullable Double savingsMean,
                               @Nullable Double savingsWithOverhead, @Nullable Double accuracy,
                               @Nullable Double accuracyFull, @Nullable Double deltaAccuracy,
                               @Nullable Double retention, int rightToWrong, int wrongToRight,
                               @Nullable Double prematureRate, @Nullable Double exitRate,
                               @Nullable Double meanExitPosition, @Nullable Interval ciSavings,
                               @Nullable Interval ciDeltaAccuracy, @Nullable Double mcnemarP, boolean pareto) {

    public CorpusEvaluation {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Evaluates {@code rows} (all rows of one configuration) with a {@link PairedBootstrap} seeded by {@code seed}. */
    public static CorpusEvaluation of(String policy, Map<String, String> params, List<ReplayResult> rows, long seed) {
        return of(policy, params, rows, seed, PairedBootstrap.RESAMPLES);
    }

    static CorpusEvaluation of(String policy, Map<String, String> params, List<ReplayResult> rows, long seed,
                               int resamples) {
        Columns c = new Columns(rows);
        long used = 0;
        long total = 0;
        long overhead = 0;
        double savedSum = 0;
        double positionSum = 0;
        int positions = 0;
        int exits = 0;
        for (ReplayResult r : rows) {
            if (!r.replayable()) {
                continue;
            }
            used += r.tokensUsed();
            total += r.tokensTotal();
            overhead += r.overheadTokens();
            savedSum += r.saved();
            if (r.tokensTotal() > 0) {
                positionSum += (double) r.tokensUsed() / r.tokensTotal();
                positions++;
            }
            if (r.exitToken() != null) {
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
        for (ReplayResult r : rows) {
            if (!r.replayable() || r.correct() == null || r.correctFull() == null) {
                continue;
            }
            boolean pol = r.correct();
            boolean full = r.correctFull();
            golds++;
            right += pol ? 1 : 0;
            rightFull += full ? 1 : 0;
            r2w += full && !pol ? 1 : 0;
            w2r += !full && pol ? 1 : 0;
            if (r.exitToken() != null) {
                exitedGold++;
                premature += r.premature() ? 1 : 0;
            }
        }
        int n = c.size;
        Double acc = ratio(right, golds);
        Double accFull = ratio(rightFull, golds);
        PairedBootstrap.Result ci = PairedBootstrap.run(c, seed, resamples);
        return new CorpusEvaluation(policy, params, rows.size(), n,
                total == 0 ? null : 1.0 - (double) used / total,
                n == 0 ? null : savedSum / n,
                total == 0 ? null : 1.0 - (double) (used + overhead) / total,
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
        return new CorpusEvaluation(policy, params, traces, replayable, savings, savingsMean, savingsWithOverhead,
                accuracy, accuracyFull, deltaAccuracy, retention, rightToWrong, wrongToRight, prematureRate,
                exitRate, meanExitPosition, ciSavings, ciDeltaAccuracy, mcnemarP, onFrontier);
    }

    private static @Nullable Double ratio(int num, int den) {
        return den == 0 ? null : (double) num / den;
    }
}
