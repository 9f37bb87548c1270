package dev.exitscope.analysis.signals.steps;

import java.util.Locale;

/** The step segmenters by name, for options and the command line. */
public enum SegmenterKind {
    PARAGRAPH, LINE, SENTENCE, PUMA;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A fresh segmenter of this kind; {@code minChars}/{@code maxChars} apply to {@link #PUMA} only. */
    public Segmenter create(StepTyper typer, int minChars, int maxChars) {
        switch (this) {
            case LINE:
                return new LineSegmenter(typer);
            case SENTENCE:
                return new SentenceSegmenter(typer);
            case PUMA:
                return new PumaSegmenter(typer, minChars, maxChars);
            default:
                return new ParagraphSegmenter(typer);
        }
    }

    /** A fresh segmenter of this kind with PUMA's default sizes. */
    public Segmenter create(StepTyper typer) {
        return create(typer, PumaSegmenter.DEFAULT_MIN_CHARS, PumaSegmenter.DEFAULT_MAX_CHARS);
    }
}
