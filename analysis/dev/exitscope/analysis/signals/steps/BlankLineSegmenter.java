package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import java.util.function.Consumer;

/**
 * Segmenters whose units are paragraphs: a unit starts at the first non-whitespace char after a whitespace run
 * holding two or more line feeds ({@code "\n\n"}, {@code "\n  \n"}, {@code "\r\n\r\n"}), PUMA's
 * {@code re.split(r"\n\s*\n+")}. Subclasses decide how paragraphs become steps. One instance follows one trace; not
 * thread-safe.
 */
abstract sealed class BlankLineSegmenter extends Segmenter
        permits ParagraphSegmenter, ParagraphMerger {
    private int newlines;

    BlankLineSegmenter(StepTyper typer) {
        super(typer);
    }

    @Override
    final boolean startsUnit(CharSequence text, int i) {
        return newlines >= 2;
    }

    @Override
    final void whitespace(char c) {
        if (c == '\n') {
            newlines++;
        }
    }

    @Override
    final void content(CharSequence text, int i, Consumer<SignalEvent> events) {
        newlines = 0;
        paragraphContent(text, i, events);
    }

    /** The non-whitespace char at {@code i} of the paragraph being read arrived. */
    void paragraphContent(CharSequence text, int i, Consumer<SignalEvent> events) {
    }
}
