package dev.exitscope.analysis.trace;

/** Membership in a group of sibling samples for one question (majority voting, First-Finish search). */
public record GroupRef(String id, int sample) {
    public GroupRef {
        if (sample < 0) {
            throw new IllegalArgumentException("sample index must be >= 0: " + sample);
        }
    }
}
