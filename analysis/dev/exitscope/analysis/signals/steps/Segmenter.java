package dev.exitscope.analysis.signals.steps;

import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.signals.TraceSoFar;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The incremental form of step segmentation: reads each new char of the text once, finds where a new unit
 * (paragraph, line, sentence) begins, and emits {@link StepEnded} for a step once the text that closes it has been
 * seen. Work is O(1) amortised per char; nothing is rescanned except each step's own text, once, to type it.
 *
 * <p>Token ownership. A unit begins at its first non-whitespace char; the step begins at the token containing that
 * char and runs to the token before the next step's first token, so separators (blank lines, the spaces after a
 * full stop) belong to the step before them, except when a token also holds the next step's first char. The first
 * step starts at token 0 (leading whitespace included) and the last ends at the token count, so the steps of a
 * finished run are contiguous, never empty and cover every token exactly once. A unit boundary that falls in the
 * token where the current unit began is ignored (a step cannot split inside a token).
 *
 * <p>Timing. A step ends when the first char of the next unit arrives, so its {@link StepEnded} is emitted while
 * consuming the token holding that char; {@link #onEnd} emits the open step. {@code StepEnded.token()} (the step's
 * last token) is therefore earlier than the token being consumed.
 *
 * <p>One instance follows one trace; not thread-safe.
 */
public abstract sealed class Segmenter implements IncrementalSignal
        permits BlankLineSegmenter, LineSegmenter, SentenceSegmenter {
    private final StepTyper typer;
    private CharSequence text = "";
    private int scanned;
    private boolean seenContent;
    private int lastContentEnd;
    private int unitToken;
    private int openStartToken;
    private int openContentStart = -1;
    private int index;
    private int[] startTokens = new int[16];
    private int startCount = 1;
    private boolean ended;

    Segmenter(StepTyper typer) {
        this.typer = typer;
    }

    /** Whether {@code c} separates units: Unicode whitespace or a space char (no-break space included). */
    public static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public StepTyper typer() {
        return typer;
    }

    @Override
    public final void onToken(TraceSoFar soFar, Consumer<SignalEvent> events) {
        text = soFar.text();
        int n = text.length();
        for (int i = scanned; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                whitespace(c);
                continue;
            }
            if (seenContent && startsUnit(text, i)) {
                int t = TokenLookup.at(soFar, i);
                if (t > unitToken) {
                    unitToken = t;
                    unitStart(i, t, events);
                }
            }
            if (!seenContent) {
                seenContent = true;
                openContentStart = i;
            }
            lastContentEnd = i + 1;
            content(text, i, events);
        }
        scanned = n;
    }

    @Override
    public final void onEnd(TraceSoFar soFar, Consumer<SignalEvent> events) {
        if (ended) {
            return;
        }
        ended = true;
        text = soFar.text();
        if (soFar.tokenCount() > 0) {
            finish(soFar.tokenCount(), events);
        }
    }

    /**
     * Index of the step that token {@code token} (already seen) belongs to as far as is known: the last step that
     * started at or before it. A segmenter that decides late ({@link PumaSegmenter}, {@link PumaSizeSegmenter}) may
     * later split the open step, so for the open step this is provisional.
     */
    public int stepAt(int token) {
        int lo = 0;
        int hi = startCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (startTokens[mid] <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Steps emitted so far. */
    public int stepsEmitted() {
        return index;
    }

    /** Whether the non-whitespace char at {@code i} begins a new unit; must not change state. */
    abstract boolean startsUnit(CharSequence text, int i);

    /** A whitespace char arrived. */
    abstract void whitespace(char c);

    /** The non-whitespace char at {@code i} arrived (after any unit start it caused was handled). */
    void content(CharSequence text, int i, Consumer<SignalEvent> events) {
    }

    /** A unit begins at char {@code i} in token {@code t}: by default the open step ends and a new one opens. */
    void unitStart(int i, int t, Consumer<SignalEvent> events) {
        closeAndOpen(t, lastContentEnd, i, events);
    }

    /** The run ended with {@code tokenCount} tokens: by default the open step ends there. */
    void finish(int tokenCount, Consumer<SignalEvent> events) {
        emit(tokenCount, seenContent ? lastContentEnd : -1, events);
    }

    /** Ends the open step before token {@code endToken} (its text ends at char {@code contentEnd}), opens the next. */
    final void closeAndOpen(int endToken, int contentEnd, int nextContentStart, Consumer<SignalEvent> events) {
        emit(endToken, contentEnd, events);
        openStartToken = endToken;
        openContentStart = nextContentStart;
        if (startCount == startTokens.length) {
            startTokens = Arrays.copyOf(startTokens, startCount * 2);
        }
        startTokens[startCount++] = endToken;
    }

    final int lastContentEnd() {
        return lastContentEnd;
    }

    /** The text seen so far (as of the current {@code onToken} or {@code onEnd} call). */
    final CharSequence currentText() {
        return text;
    }

    final int openStartToken() {
        return openStartToken;
    }

    private void emit(int endToken, int contentEnd, Consumer<SignalEvent> events) {
        int from = openContentStart;
        var type = from < 0 || contentEnd <= from ? typer.type("") : typer.type(text, from, contentEnd);
        events.accept(new StepEnded(index++, openStartToken, endToken, type));
    }
}
