package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.SignalEvent;
import java.util.function.Consumer;

/**
 * PUMA's steps: paragraphs (as {@link ParagraphSegmenter}) labelled and merged by PUMA's semantic rules — enumerated
 * chunks start steps, same-label runs merge, keep-together pairs merge, major transitions split, short steps take
 * in the next paragraph, all within the 200 / 1,000-char bounds — and a last step shorter than half the minimum
 * folded into the one before it. The labels, thresholds and order of the rules are in {@link PumaChunk}.
 *
 * <p>Source: PUMA, arXiv 2605.17672, {@code puma/separate_steps.py} in giovanni-vaccarino/PUMA (its
 * {@code reasoning_steps}, which {@code embed_and_filter_steps.py} embeds and {@code gen_trial_answers.py} cuts
 * prefixes at). Lengths are those of PUMA's joined text: a step's chunks, each from its first to its last
 * non-whitespace char, plus 2 per {@code "\n\n"} join.
 *
 * <p>Lag. A paragraph's merge depends on its whole text, so it is decided when the paragraph ends: when the next
 * paragraph's first char arrives, or at {@link #onEnd}. A step is therefore emitted once the paragraph after it has
 * ended and started a new step; when that new step is shorter than half of {@code minChars} it may still be the
 * tiny last step PUMA folds back, so the step before it waits until the new step reaches that length, a further
 * step starts, or the run ends (then the fold is applied). Token ownership as in {@link Segmenter}; a paragraph break
 * inside the token where the current paragraph began does not separate chunks. One instance follows one trace; not
 * thread-safe.
 */
public final class PumaSegmenter extends ParagraphMerger {
    public static final int DEFAULT_MIN_CHARS = 200;
    public static final int DEFAULT_MAX_CHARS = 1000;
    /** PUMA folds a last step shorter than half the minimum into the previous one. */
    public static final int DEFAULT_TINY_CHARS = DEFAULT_MIN_CHARS / 2;
    private static final int JOIN = 2;

    /** The paragraph being read: first content char and the token where it began. */
    private int chunkStart = -1;
    private int chunkToken;
    /** The step the paragraphs are merged into; {@code open} false before the first paragraph has ended. */
    private boolean open;
    private int openToken;
    private int openContentStart;
    private int openContentEnd;
    private int openLength;
    private PumaChunk.Label openLabel = PumaChunk.Label.GENERAL;
    /** A finished step not emitted yet, because the open step after it may still be folded into it. */
    private boolean held;
    private int heldContentEnd;

    public PumaSegmenter() {
        this(StepTyper.defaults(), DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS);
    }

    public PumaSegmenter(StepTyper typer, int minChars, int maxChars) {
        super(typer, minChars, maxChars);
    }

    @Override
    void paragraphContent(CharSequence text, int i, Consumer<SignalEvent> events) {
        if (chunkStart < 0) {
            chunkStart = i;
            chunkToken = 0;
        }
    }

    @Override
    void unitStart(int i, int t, Consumer<SignalEvent> events) {
        chunkEnded(events);
        chunkStart = i;
        chunkToken = t;
    }

    @Override
    void finish(int tokenCount, Consumer<SignalEvent> events) {
        if (chunkStart >= 0) {
            chunkEnded(events);
            chunkStart = -1;
        }
        if (held && !tinyOpen()) {
            emitHeld(events);
        }
        // a step still held here takes in the tiny last step: the base emits both as one, to the token count
        held = false;
        super.finish(tokenCount, events);
    }

    /** The paragraph {@code [chunkStart, lastContentEnd())} ended: it joins the open step or starts the next. */
    private void chunkEnded(Consumer<SignalEvent> events) {
        int end = lastContentEnd();
        PumaChunk c = PumaChunk.of(currentText().subSequence(chunkStart, end).toString());
        if (!open) {
            openStep(c, end);
            return;
        }
        if (c.joins(openLength, openLabel, minChars, maxChars)) {
            openLength += JOIN + c.length();
            openContentEnd = end;
            if (held && !tinyOpen()) {
                emitHeld(events);
            }
            return;
        }
        if (held) {
            emitHeld(events);
        }
        held = true;
        heldContentEnd = openContentEnd;
        openStep(c, end);
        if (!tinyOpen()) {
            emitHeld(events);
        }
    }

    private void openStep(PumaChunk c, int end) {
        open = true;
        openToken = chunkToken;
        openContentStart = chunkStart;
        openContentEnd = end;
        openLength = c.length();
        openLabel = c.label();
    }

    /** Whether the open step is short enough to be folded back if it turns out to be the last. */
    private boolean tinyOpen() {
        return openLength < minChars * 0.5;
    }

    private void emitHeld(Consumer<SignalEvent> events) {
        closeAndOpen(openToken, heldContentEnd, openContentStart, events);
        held = false;
    }
}
