package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import java.util.function.Consumer;

/**
 * {@code puma-size} steps: paragraphs (as {@link ParagraphSegmenter}) merged by size only. The length of a step is
 * the sum of its paragraphs' lengths (first to last non-whitespace char) plus 2 per join, as PUMA joins chunks with
 * {@code "\n\n"}. When a paragraph ends and the step built so far is shorter than {@code minChars}, the next
 * paragraph is merged into it unless the two together would exceed {@code maxChars} (the size test
 * {@code prev_len + len(chunk) <= max}); a step of at least {@code minChars} ends at the paragraph break.
 *
 * <p>Lag: after a short step the merge is undecided until the following paragraph either ends (merge) or grows past
 * what {@code maxChars} allows (no merge, decided at the char that crosses it), so a step may be emitted one
 * paragraph late. {@link #onEnd} merges a pending paragraph. The whole-trace fold of a tiny last step is not part
 * of this incremental form; see {@link StepRefinements#foldTinyLastStep}. This is a size-only simplification of
 * PUMA's merging; {@link PumaSegmenter} follows PUMA's type-dependent rules.
 *
 * <p>Source of the sizes: PUMA, arXiv 2605.17672, {@code puma/separate_steps.py} in giovanni-vaccarino/PUMA
 * (200 / 1000 chars). One instance follows one trace; not thread-safe.
 */
public final class PumaSizeSegmenter extends ParagraphMerger {
    public static final int DEFAULT_MIN_CHARS = PumaSegmenter.DEFAULT_MIN_CHARS;
    public static final int DEFAULT_MAX_CHARS = PumaSegmenter.DEFAULT_MAX_CHARS;
    private static final int JOIN = 2;

    /** Joined length of the step's finished paragraphs (excluding the open one when nothing is pending). */
    private int stepLength;
    /** First char of the paragraph being read. */
    private int paragraphStart = -1;
    private boolean pending;
    private int pendingToken;
    private int stepContentEnd;

    public PumaSizeSegmenter() {
        this(StepTyper.defaults(), DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS);
    }

    public PumaSizeSegmenter(StepTyper typer, int minChars, int maxChars) {
        super(typer, minChars, maxChars);
    }

    @Override
    void unitStart(int i, int t, Consumer<SignalEvent> events) {
        stepLength = join(stepLength, lastContentEnd() - paragraphStart);
        pending = false;
        if (stepLength >= minChars) {
            closeAndOpen(t, lastContentEnd(), i, events);
            stepLength = 0;
        } else {
            pending = true;
            pendingToken = t;
            stepContentEnd = lastContentEnd();
        }
        paragraphStart = i;
    }

    @Override
    void paragraphContent(CharSequence text, int i, Consumer<SignalEvent> events) {
        if (paragraphStart < 0) {
            paragraphStart = i;
        }
        if (pending && stepLength + (i + 1 - paragraphStart) > maxChars) {
            closeAndOpen(pendingToken, stepContentEnd, paragraphStart, events);
            stepLength = 0;
            pending = false;
        }
    }

    @Override
    void finish(int tokenCount, Consumer<SignalEvent> events) {
        pending = false;
        super.finish(tokenCount, events);
    }

    private static int join(int a, int b) {
        return a == 0 ? b : a + JOIN + b;
    }
}
