package dev.exitscope.analysis.policy.group;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * First Finish Search ({@code ffs}, arXiv 2505.18149) replayed on a group of n sibling samples: all n are
 * launched together and the first to finish is kept. On recorded samples the winner is the shortest one (ties go
 * to the lowest sample index), and a lockstep run consumes n × L_min tokens (First Finish Search, arXiv 2505.18149).
 *
 * <p>One {@link ReplayResult} per group: {@code trace} is the group id, {@code winner} the winning sample's id,
 * {@code tokensTotal} = Σ L_i (every sample run to completion, the cost of the majority vote FFS is compared
 * with), {@code tokensUsed} = n × L_min, {@code exitToken} = L_min, reason {@code first-finish}, answer source
 * {@code final} (the winner's own final answer). {@code correctFull} is the correctness of the majority-vote
 * answer over all n samples: answers are grouped with {@link AnswerEquivalence}, samples without an answer do
 * not vote, and a tie goes to the answer given first (by sample index). {@code answerChanged} says whether the
 * winner's answer differs from that majority answer. Without gold both correctness fields are null; with gold a
 * missing answer counts as wrong.
 *
 * <p>A group with no samples (only reachable through the API) gives a row that is not replayable, needs
 * {@code group}, and has zero tokens. Stateless and thread-safe.
 */
public final class FirstFinish {
    /** The policy's CLI name. */
    public static final String NAME = "ffs";
    /** What a trace outside any group lacks. */
    public static final String NEEDS_GROUP = "group";

    private FirstFinish() {
    }

    /** Replays FFS on one group; {@code samples} may come in any order. */
    public static ReplayResult replay(String groupId, List<GroupSample> samples) {
        if (samples.isEmpty()) {
            return new ReplayResult(groupId, null, NAME, Map.of(), false, List.of(NEEDS_GROUP), null,
                    ExitReason.NONE, 0, 0, 0, 0.0, "none", null, null, null, false, false);
        }
        List<GroupSample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparingInt(GroupSample::sample));
        GroupSample winner = ordered.get(0);
        long total = 0;
        for (GroupSample s : ordered) {
            total += s.tokens();
            if (s.tokens() < winner.tokens()) {
                winner = s;
            }
        }
        int n = ordered.size();
        long used = (long) n * winner.tokens();
        double saved = total == 0 ? 0.0 : 1.0 - (double) used / total;
        GroupSample majority = majority(ordered);
        Boolean correct = correctness(winner);
        Boolean correctFull = majority == null ? (winner.hasGold() ? Boolean.FALSE : null) : correctness(majority);
        boolean premature = Boolean.TRUE.equals(correctFull) && Boolean.FALSE.equals(correct);
        boolean changed = !sameAnswer(winner.answer(), majority == null ? null : majority.answer(),
                winner.answerType());
        return new ReplayResult(groupId, winner.id(), NAME, Map.of(), true, List.of(), winner.tokens(),
                ExitReason.FIRST_FINISH, Math.toIntExact(total), Math.toIntExact(used), 0, saved, "final",
                winner.answer(), correct, correctFull, premature, changed);
    }

    /** The row for a trace that belongs to no group: not replayable by FFS, all of its tokens used. */
    public static ReplayResult ungrouped(GroupSample s) {
        Boolean c = correctness(s);
        return new ReplayResult(s.id(), null, NAME, Map.of(), false, List.of(NEEDS_GROUP), null, ExitReason.NONE,
                s.tokens(), s.tokens(), 0, 0.0, "final", s.answer(), c, c, false, false);
    }

    /**
     * The first sample (by sample index) of the most frequent answer class; null when no sample has an answer.
     * {@code ordered} is sorted by sample index.
     */
    static @Nullable GroupSample majority(List<GroupSample> ordered) {
        List<GroupSample> heads = new ArrayList<>();
        List<Integer> votes = new ArrayList<>();
        for (GroupSample s : ordered) {
            if (s.answer() == null) {
                continue;
            }
            int k = 0;
            while (k < heads.size() && !sameAnswer(heads.get(k).answer(), s.answer(), s.answerType())) {
                k++;
            }
            if (k == heads.size()) {
                heads.add(s);
                votes.add(1);
            } else {
                votes.set(k, votes.get(k) + 1);
            }
        }
        int best = -1;
        for (int k = 0; k < heads.size(); k++) {
            if (best < 0 || votes.get(k) > votes.get(best)) {
                best = k;
            }
        }
        return best < 0 ? null : heads.get(best);
    }

    private static @Nullable Boolean correctness(GroupSample s) {
        if (!s.hasGold()) {
            return null;
        }
        return Boolean.TRUE.equals(s.correct());
    }

    private static boolean sameAnswer(@Nullable String a, @Nullable String b, @Nullable AnswerType type) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.equals(b) || AnswerEquivalence.equivalent(a, b, type);
    }
}
