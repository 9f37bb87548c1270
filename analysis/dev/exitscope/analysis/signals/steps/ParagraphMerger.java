package dev.exitscope.analysis.signals.steps;

/**
 * Paragraph segmenters that merge paragraphs into steps within size bounds: {@code minChars} (a shorter step takes
 * in the next paragraph) and {@code maxChars} (no merge past it), as PUMA's {@code separate_steps.py} does. One
 * instance follows one trace; not thread-safe.
 */
abstract sealed class ParagraphMerger extends BlankLineSegmenter permits PumaSegmenter, PumaSizeSegmenter {
    final int minChars;
    final int maxChars;

    ParagraphMerger(StepTyper typer, int minChars, int maxChars) {
        super(typer);
        if (minChars < 0 || maxChars < minChars) {
            throw new IllegalArgumentException("need 0 <= minChars <= maxChars, got " + minChars + ", " + maxChars);
        }
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    public int minChars() {
        return minChars;
    }

    public int maxChars() {
        return maxChars;
    }
}
