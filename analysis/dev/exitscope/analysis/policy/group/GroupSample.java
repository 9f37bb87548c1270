package dev.exitscope.analysis.policy.group;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.Trace;
import org.jspecify.annotations.Nullable;

/**
 * What a group-level policy keeps of one sample: its id, its index in the group, its length and its final answer
 * with that answer's correctness. About a hundred bytes, so a whole corpus of groups can be buffered without
 * keeping any trace. Immutable.
 *
 * @param id         trace id
 * @param sample     index of the sample in its group ({@link dev.exitscope.analysis.trace.GroupRef#sample()})
 * @param tokens     the sample's full length in tokens
 * @param answer     ExitScope's reading of its final answer; null when none was found
 * @param correct    that answer's correctness against gold; null without gold or answer
 * @param hasGold    whether the question has a gold answer
 * @param answerType the question's answer type, for answer equivalence
 */
public record GroupSample(String id, int sample, int tokens, @Nullable String answer, @Nullable Boolean correct,
                          boolean hasGold, @Nullable AnswerType answerType) {

    public GroupSample {
        if (tokens < 0 || sample < 0) {
            throw new IllegalArgumentException("negative length or sample index: " + tokens + ", " + sample);
        }
    }

    /** The sample summary of {@code t}; its group index is 0 when it belongs to no group. */
    public static GroupSample of(Trace t) {
        int sample = t.group() == null ? 0 : t.group().sample();
        return new GroupSample(t.id(), sample, t.tokenCount(), t.finalAnswer().answer(), t.finalAnswer().correct(),
                t.question().gold() != null, t.question().answerType());
    }
}
