package dev.exitscope.analysis.signals.deviation;

import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.entropy.WindowMean;
import dev.exitscope.analysis.text.CharRanges;
import java.util.function.Consumer;

/**
 * Reasoning Path Deviation Index (arXiv 2603.14251; the formula as a third-party reading of the paper gives it):
 * RPDI_t = LTF_t / GTF_t with LTF_t the mean entropy over the last W tokens up to t and GTF_t the mean entropy
 * over tokens 0..t. Evaluated only at boundary tokens (tokens whose text contains one of the boundary characters,
 * by default {@code . \n ; ? ! ,}) once t + 1 ≥ max(W, minTokens). Tokens without an entropy are skipped in both
 * means. Emits {@link BoundaryValue}s named {@value #NAME}. O(1) per token; one instance per trace; not
 * thread-safe.
 *
 * <p>W = 16 follows a third-party reading of the paper (the authors' code is not public); it is a parameter.
 */
public final class PathDeviation implements IncrementalSignal {
    public static final String NAME = "rpdi";
    public static final int DEFAULT_WINDOW = 16;
    public static final String DEFAULT_BOUNDARIES = ".\n;?!,";

    private final int window;
    private final int minTokens;
    private final String boundaries;
    private final WindowMean local;
    private double globalSum;
    private int globalCount;

    public PathDeviation() {
        this(DEFAULT_WINDOW, DEFAULT_WINDOW, DEFAULT_BOUNDARIES);
    }

    /**
     * @param window     W, the local window in tokens
     * @param minTokens  no value before this many tokens (the effective minimum is max(W, minTokens))
     * @param boundaries characters that make a token a boundary
     */
    public PathDeviation(int window, int minTokens, String boundaries) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1: " + window);
        }
        this.window = window;
        this.minTokens = Math.max(window, minTokens);
        this.boundaries = boundaries;
        this.local = new WindowMean(window);
    }

    @Override
    public void onToken(TraceSoFar soFar, Consumer<SignalEvent> events) {
        int t = soFar.tokenCount() - 1;
        double h = soFar.entropy(t);
        local.add(h);
        if (!Double.isNaN(h)) {
            globalSum += h;
            globalCount++;
        }
        if (t + 1 < minTokens || local.count() == 0 || globalCount == 0
                || !CharRanges.containsAny(soFar.text(), soFar.tokenStart(t), soFar.tokenStart(t + 1), boundaries)) {
            return;
        }
        double global = globalSum / globalCount;
        if (global <= 0) {
            return;
        }
        events.accept(new BoundaryValue(t, NAME, local.mean() / global));
    }
}
