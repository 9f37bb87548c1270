package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.signals.steps.Segmenter;
import org.jspecify.annotations.Nullable;

/**
 * Finds a trimmed step text in a trace's text where whitespace may differ: each run of whitespace in the step
 * matches a run of one or more whitespace chars in the text, every other char must be equal. Stateless.
 */
final class StepText {
    private static final int PREVIEW = 40;

    private StepText() {
    }

    /**
     * The first match of {@code step} (trimmed, not empty) that starts in {@code text[from, to)} and ends by
     * {@code to}: {@code {start, end}}, or null when there is none.
     */
    static int @Nullable [] find(String text, String step, int from, int to) {
        char first = step.charAt(0);
        for (int p = from; p < to; p++) {
            if (text.charAt(p) != first) {
                continue;
            }
            int end = matchAt(text, step, p, to);
            if (end >= 0) {
                return new int[] {p, end};
            }
        }
        return null;
    }

    /** The end of a match of {@code step} at {@code p}, or -1. */
    private static int matchAt(String text, String step, int p, int to) {
        int i = 0;
        int j = p;
        while (i < step.length()) {
            char c = step.charAt(i);
            if (Segmenter.isSpace(c)) {
                if (j >= to || !Segmenter.isSpace(text.charAt(j))) {
                    return -1;
                }
                while (i < step.length() && Segmenter.isSpace(step.charAt(i))) {
                    i++;
                }
                while (j < to && Segmenter.isSpace(text.charAt(j))) {
                    j++;
                }
                continue;
            }
            if (j >= to || text.charAt(j) != c) {
                return -1;
            }
            i++;
            j++;
        }
        return j;
    }

    /** The step's first chars on one line, for error messages. */
    static String preview(String step) {
        String one = step.replaceAll("\\s+", " ");
        return one.length() <= PREVIEW ? one : one.substring(0, PREVIEW) + "…";
    }
}
