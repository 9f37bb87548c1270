package dev.exitscope.app.cli;

import dev.exitscope.analysis.policy.eval.CorpusEvaluation;
import dev.exitscope.analysis.policy.eval.Interval;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code evaluate}'s CSV (one row per configuration, the JSON fields flattened: {@code params} as
 * {@code key=value;…}, the intervals as four columns, empty cells for nulls) and its default table, each flushed
 * once at the end.
 */
final class EvaluationTextWriter {
    static final String CSV_HEADER = "policy,params,traces,replayable,needs,answerCostMode,baseline,savings,"
            + "savingsMean,savingsWithOverhead,thinkingSavings,accuracy,accuracyFull,deltaAccuracy,retention,"
            + "rightToWrong,wrongToRight,prematureRate,exitRate,"
            + "meanExitPosition,ciSavingsLo,ciSavingsHi,ciDeltaAccuracyLo,ciDeltaAccuracyHi,mcnemarP,pareto";

    private EvaluationTextWriter() {
    }

    static void csv(PrintWriter sink, List<CorpusEvaluation> results) {
        PrintWriter out = unflushed(sink);
        out.println(CSV_HEADER);
        for (CorpusEvaluation e : results) {
            Interval s = e.ciSavings();
            Interval d = e.ciDeltaAccuracy();
            out.println(String.join(",", quote(e.policy()), quote(params(e.params(), ";")),
                    Integer.toString(e.traces()), Integer.toString(e.replayable()),
                    quote(String.join(";", e.needs())), e.answerCostMode(), e.baseline(), num(e.savings()),
                    num(e.savingsMean()), num(e.savingsWithOverhead()), num(e.thinkingSavings()), num(e.accuracy()),
                    num(e.accuracyFull()),
                    num(e.deltaAccuracy()), num(e.retention()), Integer.toString(e.rightToWrong()),
                    Integer.toString(e.wrongToRight()), num(e.prematureRate()), num(e.exitRate()),
                    num(e.meanExitPosition()), num(s == null ? null : s.lo()), num(s == null ? null : s.hi()),
                    num(d == null ? null : d.lo()), num(d == null ? null : d.hi()), num(e.mcnemarP()),
                    Boolean.toString(e.pareto())));
        }
        out.flush();
    }

    /**
     * {@code sink} without its flush after every line: a sweep writes 100,000 rows, and a flush each is most of the
     * time of writing them; the writers flush once at the end.
     */
    private static PrintWriter unflushed(PrintWriter sink) {
        return new PrintWriter(sink, false);
    }

    /**
     * The table: one row per configuration that replayed on at least one trace; a configuration that replayed on
     * none is one line saying what the traces lack.
     */
    static void table(PrintWriter sink, List<CorpusEvaluation> results) {
        PrintWriter out = unflushed(sink);
        int width = "POLICY".length();
        boolean rows = false;
        for (CorpusEvaluation e : results) {
            if (e.replayable() > 0) {
                width = Math.max(width, label(e).length());
                rows = true;
            }
        }
        String fmt = "%-" + width + "s %7s %8s %17s %8s %6s %6s %7s %5s %5s %7s %-4s %s%n";
        if (rows) {
            out.printf(Locale.ROOT, fmt, "POLICY", "TRACES", "SAVINGS", "95% CI", "THINKING", "ACC", "FULL",
                    "DELTA", "R>W", "W>R", "MCNEMAR", "BASE", "PARETO");
        }
        for (CorpusEvaluation e : results) {
            if (e.replayable() == 0) {
                continue;
            }
            Interval s = e.ciSavings();
            out.printf(Locale.ROOT, fmt, label(e),
                    e.replayable() + "/" + e.traces(), pct(e.savings()),
                    s == null ? "-" : pct(s.lo()) + ".." + pct(s.hi()), pct(e.thinkingSavings()), pct(e.accuracy()),
                    pct(e.accuracyFull()),
                    e.deltaAccuracy() == null ? "-" : String.format(Locale.ROOT, "%+.1f", 100 * e.deltaAccuracy()),
                    Integer.toString(e.rightToWrong()), Integer.toString(e.wrongToRight()),
                    e.mcnemarP() == null ? "-" : String.format(Locale.ROOT, "%.3g", e.mcnemarP()),
                    e.baseline().equals(CorpusEvaluation.MAJORITY_VOTE) ? "vote" : "full", e.pareto() ? "*" : "");
        }
        for (CorpusEvaluation e : results) {
            if (e.replayable() == 0) {
                out.println(label(e) + ": 0/" + e.traces() + " replayable"
                        + (e.needs().isEmpty() ? "" : " — needs " + String.join(", ", e.needs())));
            }
        }
        if (rows) {
            out.println("Percentages. SAVINGS: all tokens, the answer after each exit included (" + answerCost(results)
                    + "); THINKING: reasoning tokens only; DELTA in points;");
            out.println("R>W/W>R: right-to-wrong and wrong-to-right traces; BASE: compared with the full trace, or for"
                    + " ffs with the majority vote of its group;");
            out.println("* on the Pareto frontier (savings x accuracy) among configurations with the same baseline and"
                    + " the same replayable traces.");
        }
        out.flush();
    }

    private static String answerCost(List<CorpusEvaluation> results) {
        return results.isEmpty() ? "recorded" : "answer cost " + results.get(0).answerCostMode();
    }

    private static String label(CorpusEvaluation e) {
        return e.params().isEmpty() ? e.policy() : e.policy() + ":" + params(e.params(), ",");
    }

    private static String params(Map<String, String> params, String sep) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.length() == 0 ? "" : sep).append(k).append('=').append(v));
        return b.toString();
    }

    private static String pct(@Nullable Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    private static String num(@Nullable Double v) {
        return v == null ? "" : Double.toString(v);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
