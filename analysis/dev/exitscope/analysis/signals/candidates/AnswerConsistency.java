package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer consistency over a whole trace, computed with {@link ConsistencyTracker} over the candidates in token
 * order so that it equals what a policy sees live: per candidate, how many consecutive previous candidates agree
 * with it, and the token since which the answer has been stable (the first candidate of the final run of agreeing
 * candidates; null without candidates). Immutable.
 *
 * @param agreeing parallel to {@code candidates}
 */
public record AnswerConsistency(List<CandidateSeen> candidates, List<Integer> agreeing,
                                @Nullable Integer stableSinceToken) {

    public AnswerConsistency {
        candidates = List.copyOf(candidates);
        agreeing = List.copyOf(agreeing);
    }

    public static AnswerConsistency of(List<CandidateSeen> candidates, @Nullable AnswerType type) {
        List<CandidateSeen> cs = new ArrayList<>(candidates);
        cs.sort((a, b) -> Integer.compare(a.token(), b.token()));
        ConsistencyTracker tracker = new ConsistencyTracker(type);
        List<Integer> agreeing = new ArrayList<>(cs.size());
        for (CandidateSeen c : cs) {
            agreeing.add(tracker.accept(c));
        }
        return new AnswerConsistency(cs, agreeing, tracker.stableSinceToken());
    }

    /** Length of the final run of agreeing candidates (0 without candidates). */
    public int finalRunLength() {
        return agreeing.isEmpty() ? 0 : agreeing.get(agreeing.size() - 1) + 1;
    }
}
