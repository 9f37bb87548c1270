package dev.exitscope.views.inspector;

import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.text.SortedInts;
import dev.exitscope.analysis.timeline.BoundsPyramid;
import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.LodPyramid;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rows the token inspector shows, computed from a trace's timeline data: for one token its text, id, logprob,
 * entropy with its bounds (an estimate from top-k is the upper bound of the true entropy; the lower bound packs the
 * unlisted mass as tightly as the listed probabilities allow, see
 * {@link dev.exitscope.analysis.signals.entropy.TopKEntropy}), surprisal, margin, the top-k alternatives, its step
 * and step type, whether it is a reflection cue and the candidate answer at or before it; for a range its token
 * count and the mean of each signal over the tokens that have it. Values are the ones the timeline draws (the
 * entropy lane's values and bounds, the trace's logprobs and top-k). Stateless; the methods are pure functions of
 * their arguments and may run on any thread.
 */
public final class TokenInspectorModel {
    /** How many top-k alternatives the row lists at most. */
    private static final int MAX_TOP_K_SHOWN = 10;

    private TokenInspectorModel() {
    }

    /**
     * One row: {@code key} names it (the view's label id is {@code inspector-KEY}), {@code label} is what the left
     * column says, {@code value} the right column, {@code number} the value as a number (NaN for text rows),
     * {@code tooltip} a longer explanation, or null, and {@code shown} whether the grid shows it (the bounds are
     * shown together in one row and kept one by one as numbers). The top-k row's value holds one alternative a
     * line, its text, logprob (three decimals) and probability separated by tabs.
     */
    public record Row(String key, String label, String value, double number, @Nullable String tooltip,
                      boolean shown) {
        /** A row the grid shows. */
        public Row(String key, String label, String value, double number, @Nullable String tooltip) {
            this(key, label, value, number, tooltip, true);
        }

        static Row text(String key, String label, String value) {
            return new Row(key, label, value, Double.NaN, null);
        }

        static Row number(String key, String label, double number, @Nullable String tooltip) {
            return new Row(key, label, format(number), number, tooltip);
        }

        /** The same row, its number kept for callers but not shown as a row of its own. */
        Row hidden() {
            return new Row(key, label, value, number, tooltip, false);
        }
    }

    /** The rows for token {@code i} of {@code d}'s trace. */
    public static List<Row> token(TimelineData d, int i) {
        Trace t = d.trace();
        if (i < 0 || i >= t.tokenCount()) {
            throw new IndexOutOfBoundsException("token " + i + " of " + t.tokenCount());
        }
        List<Row> rows = new ArrayList<>();
        rows.add(Row.text("text", "Text", visible(t.tokenText(i))));
        rows.add(Row.text("index", "Token", i + " of " + t.tokenCount()));
        rows.add(Row.text("id", "Id", t.hasTokenIds() ? Integer.toString(t.tokenId(i)) : "—"));
        float lp = t.logprob(i);
        rows.add(Float.isNaN(lp) ? Row.text("logprob", "Logprob", "—")
                : new Row("logprob", "Logprob", format(lp) + "  (" + percent(Math.exp(lp)) + ")", lp,
                        "ln p of the sampled token, p in brackets"));
        entropyRows(d, i, rows);
        rows.add(Float.isNaN(lp) ? Row.text("surprisal", "Surprisal", "—")
                : Row.number("surprisal", "Surprisal", -lp, "−logprob, in nats"));
        double margin = margin(t, i);
        rows.add(Double.isNaN(margin) ? Row.text("margin", "Margin", "—")
                : Row.number("margin", "Margin", margin, "p1 − p2 of the two most likely listed alternatives"));
        rows.add(Row.text("topk", "Top-k", topK(t, i)));
        rows.add(Row.text("step", "Step", step(d, i)));
        rows.add(Row.text("cue", "Cue", contains(d.cueTokens(), i) ? "reflection cue" : "—"));
        rows.add(Row.text("candidate", "Candidate", candidate(d, i)));
        return rows;
    }

    private static void entropyRows(TimelineData d, int i, List<Row> rows) {
        Lane lane = d.lane("entropy");
        float[] out = new float[3];
        if (lane == null || lane.pyramid() == null || lane.pyramid().summarize(i, i + 1, out) == 0) {
            rows.add(Row.text("entropy", "Entropy", "—"));
            rows.add(Row.text("entropy-bounds", "Bounds", "—"));
            return;
        }
        double h = out[2];
        boolean approx = lane.approximate() != null && lane.approximate().get(i);
        if (!approx || !lane.hasBounds()) {
            rows.add(Row.number("entropy", "Entropy", h, "exact, as the source gave it"));
            rows.add(Row.text("entropy-bounds", "Bounds", "exact"));
            return;
        }
        double lower = lane.bounds().lower(i);
        double upper = lane.bounds().upper(i);
        String why = "Estimated from the top-k alternatives with the unlisted mass spread evenly over the rest of the"
                + " vocabulary, which is the most the entropy can be: an upper bound. The lower bound packs the"
                + " unlisted mass into as few tokens as the smallest listed probability allows.";
        rows.add(new Row("entropy", "Entropy", "≤ " + format(h), h, why));
        rows.add(new Row("entropy-bounds", "Bounds", "[" + format(lower) + ", " + format(upper) + "]", Double.NaN,
                why));
        rows.add(new Row("entropy-kind", "", "top-k estimate: an upper bound", Double.NaN, why));
        rows.add(new Row("entropy-lower", "Lower", format(lower), lower, null).hidden());
        rows.add(new Row("entropy-upper", "Upper", format(upper), upper, null).hidden());
    }

    /** The rows for the tokens {@code [from, to)}: the count and the mean of each signal over the tokens with it. */
    public static List<Row> range(TimelineData d, int from, int to) {
        Trace t = d.trace();
        int a = Math.max(0, from);
        int b = Math.min(t.tokenCount(), to);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.text("range", "Range", a + "–" + (b - 1)).hidden());
        rows.add(new Row("count", "Tokens", Integer.toString(Math.max(0, b - a)), Math.max(0, b - a), null));
        if (b <= a) {
            return rows;
        }
        Lane entropy = d.lane("entropy");
        float[] out = new float[3];
        if (entropy != null && entropy.pyramid() != null) {
            rows.add(mean("entropy", "Entropy", entropy.pyramid(), a, b, out));
            if (entropy.hasBounds() && entropy.approximate() != null
                    && entropy.approximate().nextSetBit(a) >= 0 && entropy.approximate().nextSetBit(a) < b) {
                Row lower = boundMean("entropy-lower", "Lower", entropy.bounds(), true, a, b);
                Row upper = boundMean("entropy-upper", "Upper", entropy.bounds(), false, a, b);
                rows.add(new Row("entropy-bounds", "Bounds", "[" + format(lower.number()) + ", "
                        + format(upper.number()) + "]", Double.NaN, "the means of the lower and upper bounds of the"
                        + " tokens with an entropy; exact entropies are their own bounds"));
                rows.add(lower.hidden());
                rows.add(upper.hidden());
            }
        }
        double sumS = 0;
        double sumM = 0;
        int nS = 0;
        int nM = 0;
        for (int i = a; i < b; i++) {
            float lp = t.logprob(i);
            if (!Float.isNaN(lp)) {
                sumS -= lp;
                nS++;
            }
            double m = margin(t, i);
            if (!Double.isNaN(m)) {
                sumM += m;
                nM++;
            }
        }
        rows.add(mean("surprisal", "Surprisal", sumS, nS, b - a));
        rows.add(mean("margin", "Margin", sumM, nM, b - a));
        for (Lane lane : d.lanes()) {
            String id = lane.id();
            if (id.equals("entropy") || id.equals("surprisal")) {
                continue;
            }
            if (lane.pyramid() != null) {
                rows.add(mean(id, lane.title(), lane.pyramid(), a, b, out));
            } else if (lane.pointTokens() != null && lane.pointValues() != null) {
                rows.add(pointMean(lane, a, b));
            }
        }
        int cues = SortedInts.firstAtLeast(d.cueTokens(), b) - SortedInts.firstAtLeast(d.cueTokens(), a);
        rows.add(new Row("cues", "Cues", Integer.toString(cues), cues, null));
        int cands = SortedInts.firstAtLeast(d.candidateTokens(), b) - SortedInts.firstAtLeast(d.candidateTokens(), a);
        rows.add(new Row("candidates", "Candidates", Integer.toString(cands), cands, null));
        return rows;
    }

    private static Row mean(String key, String label, LodPyramid p, int a, int b, float[] out) {
        int n = p.summarize(a, b, out);
        return mean(key, label, n == 0 ? 0 : (double) out[2] * n, n, b - a);
    }

    private static Row mean(String key, String label, double sum, int n, int of) {
        if (n == 0) {
            return new Row(key, label, "—", Double.NaN, "no token of the range has it");
        }
        double m = sum / n;
        Row r = Row.number(key, label, m, null);
        return n == of ? r : new Row(key, label, format(m) + "  (" + n + " tokens)", m, n + " of " + of
                + " tokens have it");
    }

    private static Row pointMean(Lane lane, int a, int b) {
        int[] tok = lane.pointTokens();
        float[] val = lane.pointValues();
        double sum = 0;
        int n = 0;
        for (int k = SortedInts.firstAtLeast(tok, a); k < tok.length && tok[k] < b; k++) {
            if (!Float.isNaN(val[k])) {
                sum += val[k];
                n++;
            }
        }
        String key = lane.id();
        String label = lane.title();
        if (n == 0) {
            return new Row(key, label, "—", Double.NaN, "no value in the range");
        }
        double m = sum / n;
        return new Row(key, label, format(m) + "  (" + n + (n == 1 ? " point)" : " points)"), m, null);
    }

    private static Row boundMean(String key, String label, BoundsPyramid p, boolean lower, int a, int b) {
        double sum = 0;
        int n = 0;
        for (int i = a; i < b; i++) {
            float v = lower ? p.lower(i) : p.upper(i);
            if (!Float.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return mean(key, label, sum, n, b - a);
    }

    /** p1 − p2 over token {@code i}'s listed alternatives, as the margin signal computes it; NaN without two. */
    static double margin(Trace t, int i) {
        TopK k = t.topK();
        if (k == null || i >= k.positions() || k.count(i) < 2) {
            return Double.NaN;
        }
        float[] row = new float[k.count(i)];
        int c = k.logprobs(i, row);
        return EntropySignal.margin(row, c);
    }

    private static String topK(Trace t, int i) {
        TopK k = t.topK();
        if (k == null || i >= k.positions() || k.count(i) == 0) {
            return "—";
        }
        StringBuilder b = new StringBuilder();
        int n = Math.min(k.count(i), MAX_TOP_K_SHOWN);
        String sampled = t.tokenText(i);
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                b.append('\n');
            }
            float lp = k.logprob(i, j);
            b.append(visible(k.text(i, j))).append('\t').append(format3(lp)).append('\t')
                    .append(percent(Math.exp(lp)));
            if (k.text(i, j).equals(sampled)) {
                b.append(" ✓");
            }
        }
        if (k.count(i) > n) {
            b.append("\n… ").append(k.count(i) - n).append(" more");
        }
        return b.toString();
    }

    private static String step(TimelineData d, int i) {
        int[] starts = d.stepStarts();
        int k = SortedInts.firstAtLeast(starts, i + 1) - 1;
        if (k < 0 || i >= d.stepEnds()[k]) {
            return "—";
        }
        return (k + 1) + " of " + starts.length + " · " + d.stepTypes()[k];
    }

    private static String candidate(TimelineData d, int i) {
        int[] tok = d.candidateTokens();
        int k = SortedInts.firstAtLeast(tok, i + 1) - 1;
        if (k < 0) {
            return "none yet";
        }
        String verdict = switch (d.candidateState()[k]) {
            case 1 -> "correct";
            case 0 -> "wrong";
            default -> "not judged";
        };
        String answer = d.candidateAnswers()[k] + " · " + verdict;
        return tok[k] == i ? answer : answer + " (at token " + tok[k] + ")";
    }

    private static boolean contains(int[] sorted, int v) {
        int k = SortedInts.firstAtLeast(sorted, v);
        return k < sorted.length && sorted[k] == v;
    }

    /** The token's text in quotes, with line breaks and tabs made visible. */
    static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('“');
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            switch (ch) {
                case '\n' -> b.append('↵');
                case '\r' -> b.append("\\r");
                case '\t' -> b.append('⇥');
                default -> b.append(ch);
            }
        }
        return b.append('”').toString();
    }

    /** A number with four decimals (three from 100 on, three digits below 0.001), or a dash for NaN. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String pattern = v != 0 && Math.abs(v) < 1e-3 ? "%.2e" : Math.abs(v) >= 100 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, v).replace('-', '−');
    }

    /** A number with three decimals, for the narrow top-k table. */
    private static String format3(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replace('-', '−');
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
