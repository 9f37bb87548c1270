package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayAnswers;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.candidates.CandidateDetector;
import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns one-pass sweep exits into replay rows with the replay engine's answer rules (see
 * {@code ReplayEngine}/{@code ReplayAnswers}): the probe of the policy's answer kind at the exit, else the
 * {@code forced} probe there, else the last candidate before the exit that was known when the policy decided,
 * else none; a configuration that never fires answers with the final answer. Candidates are detected once per
 * trace and only if some exit lacks a probe; answers are checked once per distinct answer. One instance per
 * trace; not thread-safe.
 */
final class SweepRows {
    private final Trace trace;
    private @Nullable List<int[]> known;
    private @Nullable List<CandidateSeen> candidates;
    private final java.util.Map<@Nullable String, Checked> checked = new java.util.HashMap<>();

    SweepRows(Trace trace) {
        this.trace = trace;
    }

    ReplayResult unreplayable(StoppingPolicy policy, List<String> needs) {
        int n = trace.tokenCount();
        return new ReplayResult(trace.id(), null, policy.name(), policy.params(), false, needs, null,
                ExitReason.NONE, n, n, 0, 0.0, "none", null, null, null, false, false);
    }

    ReplayResult row(StoppingPolicy policy, @Nullable SweepExit exit) {
        int total = trace.tokenCount();
        FinalAnswer fin = trace.finalAnswer();
        Boolean correctFull = fin.correct();
        if (exit == null) {
            return new ReplayResult(trace.id(), null, policy.name(), policy.params(), true, List.of(), null,
                    ExitReason.NONE, total, total, 0, 0.0, "final", fin.answer(), correctFull, correctFull,
                    false, false);
        }
        int kept = exit.exitToken();
        Probe probe = probe(policy.answerProbeKind(), kept);
        if (probe == null) {
            probe = probe("forced", kept);
        }
        String source;
        String answer;
        if (probe != null) {
            source = "probe";
            answer = probe.answer();
        } else {
            CandidateSeen c = lastCandidate(kept, exit.decidedAt());
            source = c == null ? "none" : "candidate";
            answer = c == null ? null : c.answer();
        }
        Checked checked = check(answer);
        Boolean correct = checked.correct();
        boolean premature = Boolean.TRUE.equals(correctFull) && !Boolean.TRUE.equals(correct);
        double saved = total == 0 ? 0.0 : 1.0 - (double) kept / total;
        return new ReplayResult(trace.id(), null, policy.name(), policy.params(), true, List.of(), kept,
                exit.reason(), total, kept, 0, saved, source, answer, correct, correctFull, premature,
                checked.changed());
    }

    /** Correctness and change of an answer, checked once per distinct answer of the trace (checks are costly). */
    private Checked check(@Nullable String answer) {
        Checked c = checked.get(answer);
        if (c == null) {
            AnswerType type = trace.question().answerType();
            c = new Checked(ReplayAnswers.correctness(answer, trace.question().gold(), type),
                    ReplayAnswers.changed(answer, trace.finalAnswer().answer(), type));
            checked.put(answer, c);
        }
        return c;
    }

    private record Checked(@Nullable Boolean correct, boolean changed) {
    }

    private @Nullable Probe probe(String kind, int at) {
        for (Probe p : trace.probes()) {
            if (p.at() == at && p.kind().equals(kind)) {
                return p;
            }
        }
        return null;
    }

    private @Nullable CandidateSeen lastCandidate(int exitToken, int knownBy) {
        if (candidates == null) {
            detect();
        }
        CandidateSeen best = null;
        for (int i = 0; i < candidates.size(); i++) {
            CandidateSeen c = candidates.get(i);
            if (known.get(i)[0] <= knownBy && c.token() < exitToken && (best == null || c.token() >= best.token())) {
                best = c;
            }
        }
        return best;
    }

    private void detect() {
        List<CandidateSeen> found = new ArrayList<>();
        List<int[]> when = new ArrayList<>();
        TracePrefix prefix = new TracePrefix(trace);
        CandidateDetector detector = new CandidateDetector();
        int[] at = new int[1];
        java.util.function.Consumer<dev.exitscope.analysis.signals.SignalEvent> sink = e -> {
            if (e instanceof CandidateSeen cs) {
                found.add(cs);
                when.add(new int[] {at[0]});
            }
        };
        while (prefix.advance()) {
            at[0] = prefix.tokenCount();
            detector.onToken(prefix, sink);
        }
        at[0] = prefix.tokenCount() + 1;
        detector.onEnd(prefix, sink);
        candidates = found;
        known = when;
    }
}
