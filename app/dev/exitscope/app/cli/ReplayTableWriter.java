package dev.exitscope.app.cli;

import dev.exitscope.analysis.policy.ReplayResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table of replay rows, columns aligned per block of 200 rows. */
final class ReplayTableWriter {
    private static final String[] HEAD = {"trace", "policy", "exit", "reason", "used", "total", "saved", "thinking",
        "source", "answer", "correct", "full"};
    private static final int BLOCK = 200;

    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();

    ReplayTableWriter(PrintWriter out) {
        this.out = out;
    }

    void add(ReplayResult r) {
        String exit = r.replayable() ? r.exitToken() == null ? "-" : r.exitToken().toString()
                : "needs " + String.join(",", r.needs());
        rows.add(new String[] {r.winner() == null ? r.trace() : r.trace() + "→" + r.winner(), label(r), exit,
            r.replayable() ? r.reason().wireName() : "not-replayable", Integer.toString(r.tokensUsed()),
            Integer.toString(r.tokensTotal()), String.format(Locale.ROOT, "%.3f", r.saved()),
            r.thinkingSaved() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.thinkingSaved()),
            r.answerSource(), cell(r.answer()), yesNo(r.correct()), yesNo(r.correctFull())});
        if (rows.size() >= BLOCK) {
            flush();
        }
    }

    void finish() {
        flush();
        out.flush();
    }

    private static String label(ReplayResult r) {
        StringBuilder b = new StringBuilder(r.policy());
        String sep = ":";
        for (var e : r.params().entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return b.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "-";
        }
        String one = s.replace('\n', ' ');
        return one.length() > 24 ? one.substring(0, 23) + "…" : one;
    }

    private static String yesNo(Boolean b) {
        return b == null ? "-" : b ? "yes" : "no";
    }

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        int[] w = new int[HEAD.length];
        for (int c = 0; c < HEAD.length; c++) {
            w[c] = HEAD[c].length();
            for (String[] r : rows) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        print(HEAD, w);
        for (String[] r : rows) {
            print(r, w);
        }
        rows.clear();
    }

    private void print(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                b.append("  ");
            }
            b.append(cells[c]);
            if (c < cells.length - 1) {
                b.append(" ".repeat(w[c] - cells[c].length()));
            }
        }
        out.println(b);
    }
}
