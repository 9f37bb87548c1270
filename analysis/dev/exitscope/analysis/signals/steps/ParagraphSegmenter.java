package dev.exitscope.analysis.signals.steps;

/**
 * Paragraph steps: a step ends at a blank line, that is a whitespace run holding two or more line feeds (so
 * {@code "\n\n"}, {@code "\n  \n"} and {@code "\r\n\r\n"} all separate paragraphs). This is the chunking PUMA's
 * {@code separate_steps.py} starts from ({@code re.split(r"\n\s*\n+")}). Token ownership and timing as in
 * {@link Segmenter}. One instance follows one trace; not thread-safe.
 */
public final class ParagraphSegmenter extends BlankLineSegmenter {
    public ParagraphSegmenter() {
        this(StepTyper.defaults());
    }

    public ParagraphSegmenter(StepTyper typer) {
        super(typer);
    }
}
