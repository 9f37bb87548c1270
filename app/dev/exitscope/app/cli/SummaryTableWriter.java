package dev.exitscope.app.cli;

import dev.exitscope.analysis.summary.SignalSummary;
import dev.exitscope.analysis.summary.TraceSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text table of summaries with aligned columns. Rows are buffered in blocks of 200 so column widths fit
 * the data while large corpora still stream.
 */
final class SummaryTableWriter {
    private static final String[] HEAD = {"id", "format", "tokens", "think", "logprobs", "topK", "H mean",
        "answer", "gold", "correct", "group", "sample"};
    private static final String[] SIGNAL_HEAD = {"steps", "cues", "candidates", "first answer", "first correct",
        "RPDI max"};
    private static final int BLOCK = 200;

    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();
    private boolean withSignals;
    private String lastFile;
    private int count;

    SummaryTableWriter(PrintWriter out) {
        this.out = out;
    }

    void add(TraceSummary s) {
        add(s, null);
    }

    void add(TraceSummary s, @Nullable SignalSummary sig) {
        if (!s.file().equals(lastFile)) {
            flushRows();
            out.println("# " + s.file());
            lastFile = s.file();
        }
        String[] base = {s.id(), s.format(), Integer.toString(s.tokens()), Integer.toString(s.thinkTokens()),
            s.hasLogprobs() ? "yes" : "no", Integer.toString(s.topK()),
            s.entropyMean() == null ? "-" : String.format(Locale.ROOT, "%.3f%s", s.entropyMean(),
                    s.entropyApproximate() ? "~" : ""),
            cell(s.finalAnswer()), cell(s.gold()), s.correct() == null ? "-" : s.correct() ? "yes" : "no",
            cell(s.groupId()), s.sample() == null ? "-" : Integer.toString(s.sample())};
        if (sig != null) {
            String[] more = {Integer.toString(sig.steps().size()), Integer.toString(sig.cues().size()),
                Integer.toString(sig.candidates().size()), opt(sig.firstAnswerToken()), opt(sig.firstCorrectToken()),
                sig.rpdiMax() == null ? "-" : String.format(Locale.ROOT, "%.2f", sig.rpdiMax())};
            String[] row = java.util.Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, row, base.length, more.length);
            rows.add(row);
            withSignals = true;
        } else {
            rows.add(base);
        }
        count++;
        if (rows.size() >= BLOCK) {
            flushRows();
        }
    }

    void finish() {
        flushRows();
        out.println(count + (count == 1 ? " trace" : " traces"));
    }

    private static String opt(@Nullable Integer v) {
        return v == null ? "-" : v.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "-";
        }
        String t = s.replace('\n', ' ').replace('\t', ' ');
        return t.length() > 24 ? t.substring(0, 23) + "…" : t;
    }

    private void flushRows() {
        if (rows.isEmpty()) {
            return;
        }
        String[] head = HEAD;
        if (withSignals) {
            head = java.util.Arrays.copyOf(HEAD, HEAD.length + SIGNAL_HEAD.length);
            System.arraycopy(SIGNAL_HEAD, 0, head, HEAD.length, SIGNAL_HEAD.length);
        }
        int[] w = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            w[c] = head[c].length();
        }
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        print(head, w);
        for (String[] r : rows) {
            print(r, w);
        }
        rows.clear();
    }

    private void print(String[] r, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(r[c]);
            if (c < r.length - 1) {
                sb.append(" ".repeat(w[c] - r[c].length()));
            }
        }
        out.println(sb);
    }
}
