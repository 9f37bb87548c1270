package dev.exitscope.analysis.signals.candidates;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.CandidateSeen;
import org.jspecify.annotations.Nullable;

/**
 * Answer consistency as candidates arrive, for policies such as "exit when the last n candidates agree". Each
 * candidate is compared with the one before it (answer-checker equivalence with the question's answer type); the
 * number of consecutive previous candidates that agree with a candidate is the length of the current chain of
 * agreeing neighbours. The answer has been stable since the first candidate of the latest chain. Feed candidates
 * in token order. Not thread-safe.
 */
public final class ConsistencyTracker {
    private final @Nullable AnswerType type;
    private @Nullable CandidateSeen last;
    private int agreeing;
    private int runStartToken = -1;
    private int count;

    public ConsistencyTracker(@Nullable AnswerType type) {
        this.type = type;
    }

    /** Takes the next candidate; returns how many consecutive previous candidates agree with it. */
    public int accept(CandidateSeen c) {
        if (last != null && Answers.agree(last, c, type)) {
            agreeing++;
        } else {
            agreeing = 0;
            runStartToken = c.token();
        }
        last = c;
        count++;
        return agreeing;
    }

    /** Candidates seen so far. */
    public int count() {
        return count;
    }

    /** How many consecutive previous candidates agree with the latest one (0 before any candidate). */
    public int agreeing() {
        return agreeing;
    }

    /** Whether the latest {@code n} candidates agree (n ≥ 1; false until n candidates have arrived). */
    public boolean lastAgree(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        return count > 0 && agreeing + 1 >= n;
    }

    /** Token of the first candidate of the latest agreeing chain, or null before any candidate. */
    public @Nullable Integer stableSinceToken() {
        return count == 0 ? null : runStartToken;
    }

    public @Nullable CandidateSeen last() {
        return last;
    }
}
