package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import java.util.function.Consumer;

/**
 * Line steps: each non-empty line is a step; whitespace-only lines join the step before them. First Try Matters
 * (arXiv 2510.08308) treats the lines of the thinking text as its steps. Token ownership and timing as in
 * {@link Segmenter}. One instance follows one trace; not thread-safe.
 */
public final class LineSegmenter extends Segmenter {
    private boolean newline;

    public LineSegmenter() {
        this(StepTyper.defaults());
    }

    public LineSegmenter(StepTyper typer) {
        super(typer);
    }

    @Override
    boolean startsUnit(CharSequence text, int i) {
        return newline;
    }

    @Override
    void whitespace(char c) {
        if (c == '\n') {
            newline = true;
        }
    }

    @Override
    void content(CharSequence text, int i, Consumer<SignalEvent> events) {
        newline = false;
    }
}
