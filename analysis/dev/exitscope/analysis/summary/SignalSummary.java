package dev.exitscope.analysis.summary;

import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.candidates.AnswerTrajectory;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import dev.exitscope.analysis.signals.steps.Step;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code inspect --signals} adds for one trace.
 *
 * @param steps             {@code [startToken, endToken)} per step
 * @param stepTypes         parallel to {@code steps}
 * @param cues              token indices of cues under the chosen rule
 * @param firstAnswerToken  where the final answer first appeared as a candidate; null when it never did
 * @param firstCorrectToken where a correct candidate first appeared; null without gold or without one
 * @param redundancy        per step, max cosine similarity to the previous K steps; null for the first step or
 *                          when no embedder ran (then the list is empty)
 * @param rpdiMax           the largest path deviation; null when none was evaluated
 */
public record SignalSummary(List<int[]> steps, List<String> stepTypes, List<Integer> cues,
                            List<Candidate> candidates, @Nullable Integer firstAnswerToken,
                            @Nullable Integer firstCorrectToken, List<@Nullable Double> redundancy,
                            @Nullable Double rpdiMax) {

    /** One candidate answer. */
    public record Candidate(int token, int step, String answer, String normalized, @Nullable Boolean correct) {
    }

    public static SignalSummary of(TraceSignals s) {
        List<int[]> steps = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Step st : s.steps()) {
            steps.add(new int[] {st.start(), st.end()});
            types.add(st.type().wireName());
        }
        List<Integer> cues = new ArrayList<>();
        for (CueSeen c : s.text().cues(s.options().cueRule())) {
            cues.add(c.token());
        }
        AnswerTrajectory tr = s.text().trajectory();
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < tr.candidates().size(); i++) {
            CandidateSeen c = tr.candidates().get(i);
            cands.add(new Candidate(c.token(), c.step(), c.answer(), c.normalized(), tr.correct().get(i)));
        }
        List<@Nullable Double> red = new ArrayList<>();
        RedundancyResult r = s.redundancy();
        if (r != null) {
            for (int k = 0; k < r.size(); k++) {
                double v = r.similarity(k);
                red.add(Double.isNaN(v) ? null : v);
            }
        }
        double m = s.rpdiMax();
        return new SignalSummary(steps, types, cues, cands, tr.finalAnswerToken(), tr.firstCorrectToken(), red,
                Double.isNaN(m) ? null : m);
    }
}
