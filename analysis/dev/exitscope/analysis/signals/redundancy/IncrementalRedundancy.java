package dev.exitscope.analysis.signals.redundancy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Redundancy of one trace followed step by step, as an online policy sees it: {@link #addStep(String)} embeds the
 * step that just ended (through the embedder, so a {@link CachingEmbedder} makes replays free) and returns its
 * {@code sim_k} against the steps already added. It gives the same values as {@link RedundancyCalculator#compute}
 * over the same steps. It keeps the last K vectors (all of them when K = 0).
 *
 * <p>One instance follows one trace; not thread-safe.
 */
public final class IncrementalRedundancy {
    private final TextEmbedder embedder;
    private final RedundancySettings settings;
    private final Deque<float[]> previous = new ArrayDeque<>();
    private int steps;
    private double lastSimilarity = Double.NaN;

    IncrementalRedundancy(TextEmbedder embedder, RedundancySettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** Adds the next step and returns its {@code sim_k}: NaN for the first step. */
    public double addStep(String stepText) {
        float[] v = embedder.embed(List.of(stepText))[0];
        double best = Double.NaN;
        for (float[] p : previous) {
            double c = RedundancyCalculator.cosine(p, v);
            if (Double.isNaN(best) || c > best) {
                best = c;
            }
        }
        previous.addLast(v);
        if (!settings.anyPrevious() && previous.size() > settings.window()) {
            previous.removeFirst();
        }
        steps++;
        lastSimilarity = best;
        return best;
    }

    /** Whether the step added last is redundant ({@code sim_k ≥ τ}); false before the second step. */
    public boolean lastRedundant() {
        return settings.isRedundant(lastSimilarity);
    }

    /** {@code sim_k} of the step added last; NaN before the second step. */
    public double lastSimilarity() {
        return lastSimilarity;
    }

    /** Steps added so far. */
    public int stepCount() {
        return steps;
    }

    /** The window and threshold. */
    public RedundancySettings settings() {
        return settings;
    }
}
