package dev.exitscope.app.cli;

import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.steps.Step;
import dev.exitscope.analysis.trace.Trace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the per-token CSV of {@code exitscope signals} (RFC 4180: comma separated, fields with commas, quotes or
 * line breaks quoted, quotes doubled). Unknown values are empty cells. Floats print in their shortest exact form.
 */
final class SignalsCsvWriter {
    private final PrintWriter out;

    SignalsCsvWriter(PrintWriter out) {
        this.out = out;
    }

    void write(TraceSignals s) {
        Trace t = s.trace();
        List<String> series = new ArrayList<>(t.seriesNames());
        StringBuilder head = new StringBuilder("index,text,logprob,entropy,entropyLower,entropyUpper,"
                + "entropyApproximate,surprisal,margin,step,stepType,cue,candidate,rpdi");
        for (String name : series) {
            head.append(',').append(quote("series:" + name));
        }
        out.println(head);
        Map<Integer, String> cues = new HashMap<>();
        for (CueSeen c : s.text().cues(s.options().cueRule())) {
            cues.merge(c.token(), c.cue(), (a, b) -> a + "|" + b);
        }
        Map<Integer, String> candidates = new HashMap<>();
        for (CandidateSeen c : s.text().candidates()) {
            candidates.merge(c.token(), c.answer(), (a, b) -> a + "|" + b);
        }
        EntropyColumns e = s.entropy();
        List<Step> steps = s.steps();
        StringBuilder row = new StringBuilder(256);
        for (int i = 0; i < t.tokenCount(); i++) {
            row.setLength(0);
            row.append(i).append(',').append(quote(t.tokenText(i))).append(',');
            num(row, t.logprob(i)).append(',');
            num(row, e.entropy(i)).append(',');
            num(row, e.lower(i)).append(',');
            num(row, e.upper(i)).append(',');
            row.append(Float.isNaN(e.entropy(i)) ? "" : e.approximate(i) ? "true" : "false").append(',');
            num(row, e.surprisal(i)).append(',');
            num(row, e.margin(i)).append(',');
            int step = s.stepOf(i);
            if (step >= 0) {
                row.append(step).append(',').append(steps.get(step).type().wireName());
            } else {
                row.append(',');
            }
            row.append(',').append(quote(cues.getOrDefault(i, ""))).append(',');
            row.append(quote(candidates.getOrDefault(i, ""))).append(',');
            num(row, s.rpdiAt(i));
            for (String name : series) {
                row.append(',');
                num(row, t.series(name, i));
            }
            out.println(row);
        }
    }

    private static StringBuilder num(StringBuilder sb, float v) {
        return Float.isNaN(v) ? sb : sb.append(v);
    }

    static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                needs = true;
                break;
            }
        }
        if (!needs && !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            needs = true;
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
