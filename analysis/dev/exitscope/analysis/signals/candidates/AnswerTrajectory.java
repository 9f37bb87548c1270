package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The path of a trace's answer through its candidates: the candidates in token order with their correctness, the
 * distinct answers in order of first appearance (classes of {@link AnswerEquivalence} with the question's answer
 * type; a candidate joins the first earlier class whose first member it agrees with), the token where the final
 * answer first appeared as a candidate, and the token where a correct candidate first appeared. Correctness is
 * equivalence with the gold answer; without gold every correctness is null and so is {@code firstCorrectToken}.
 * A whole-trace summary (it needs the final answer); immutable.
 *
 * @param correct per candidate, parallel to {@code candidates}
 */
public record AnswerTrajectory(List<CandidateSeen> candidates, List<@Nullable Boolean> correct,
                               List<DistinctAnswer> distinct, @Nullable Integer finalAnswerToken,
                               @Nullable Integer firstCorrectToken) {

    public AnswerTrajectory {
        candidates = List.copyOf(candidates);
        correct = Collections.unmodifiableList(new ArrayList<>(correct));
        distinct = List.copyOf(distinct);
    }

    /** The trajectory of {@code trace}'s candidates against its question and its final answer. */
    public static AnswerTrajectory of(Trace trace, List<CandidateSeen> candidates) {
        return of(candidates, trace.question(), trace.finalAnswer().answer());
    }

    public static AnswerTrajectory of(List<CandidateSeen> candidates, Question question,
                                      @Nullable String finalAnswer) {
        List<CandidateSeen> cs = new ArrayList<>(candidates);
        cs.sort((a, b) -> Integer.compare(a.token(), b.token()));
        AnswerType type = question.answerType();
        String gold = question.gold();
        List<@Nullable Boolean> correct = new ArrayList<>(cs.size());
        Integer firstCorrect = null;
        Integer finalToken = null;
        List<CandidateSeen> heads = new ArrayList<>();
        List<Integer> headIndex = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            CandidateSeen c = cs.get(i);
            Boolean ok = gold == null ? null : Answers.agree(c, gold, type);
            correct.add(ok);
            if (Boolean.TRUE.equals(ok) && firstCorrect == null) {
                firstCorrect = c.token();
            }
            if (finalToken == null && finalAnswer != null && Answers.agree(c, finalAnswer, type)) {
                finalToken = c.token();
            }
            int k = 0;
            while (k < heads.size() && !Answers.agree(heads.get(k), c, type)) {
                k++;
            }
            if (k == heads.size()) {
                heads.add(c);
                headIndex.add(i);
                counts.add(1);
            } else {
                counts.set(k, counts.get(k) + 1);
            }
        }
        List<DistinctAnswer> distinct = new ArrayList<>(heads.size());
        for (int k = 0; k < heads.size(); k++) {
            CandidateSeen h = heads.get(k);
            distinct.add(new DistinctAnswer(h.answer(), h.normalized(), h.token(), headIndex.get(k), counts.get(k),
                    correct.get(headIndex.get(k))));
        }
        return new AnswerTrajectory(cs, correct, distinct, finalToken, firstCorrect);
    }
}
