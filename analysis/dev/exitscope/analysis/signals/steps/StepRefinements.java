package dev.exitscope.analysis.signals.steps;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-trace refinements of finished steps, for display only. They look at the whole trace (the last step is
 * known to be last only when the trace has ended), so policies and live runs never use them. Stateless and
 * thread-safe.
 */
public final class StepRefinements {
    private StepRefinements() {
    }

    /**
     * Folds the last step into the one before it when it has fewer than {@code minChars} content chars (PUMA folds
     * a final step shorter than half its minimum step size, {@link PumaSegmenter#DEFAULT_TINY_CHARS}). The merged
     * step keeps the earlier step's index and type; its length is the two lengths plus 2 for the join, as PUMA's
     * {@code "\n\n"} join counts. Returns {@code steps} unchanged when there are fewer than two steps or the last is
     * long enough.
     */
    public static List<Step> foldTinyLastStep(List<Step> steps, int minChars) {
        int n = steps.size();
        if (n < 2 || steps.get(n - 1).contentChars() >= minChars) {
            return steps;
        }
        Step prev = steps.get(n - 2);
        Step last = steps.get(n - 1);
        List<Step> out = new ArrayList<>(steps.subList(0, n - 2));
        int chars = last.contentChars() == 0 ? prev.contentChars() : prev.contentChars() + 2 + last.contentChars();
        out.add(new Step(prev.index(), prev.start(), last.end(), prev.type(), chars));
        return List.copyOf(out);
    }
}
