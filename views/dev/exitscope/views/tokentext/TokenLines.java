package dev.exitscope.views.tokentext;

import java.util.Arrays;

/**
 * The token text wrapped to a width: where each line starts and where each token sits on its line. Every
 * paragraph of the model starts a line. When a token would pass the width, the line wraps before it if a line may
 * start there ({@link TokenTextModel#breakBefore}), else before the last token on the line where one may, else
 * before the token itself; a token wider than the whole line gets a line of its own, and a token of nothing but
 * line breaks stays at the end of its line even past the width. A wrapped line's
 * leading spaces hang into the margin, so that its text lines up with the paragraph's first line. Lines have one
 * height and paragraphs a fixed gap, so every position is computed, not searched in a list of nodes: the layout
 * of a 100,000-token trace is three primitive arrays. Immutable.
 */
final class TokenLines {
    /** Space above and below the lines of each paragraph. */
    static final double PARAGRAPH_PAD = 2;

    private final float[] x;
    private final float[] w;
    /** First token of each line, then the token count. */
    private final int[] lineStarts;
    /** First line of each paragraph, then the line count. */
    private final int[] paragraphLines;
    private final double lineHeight;
    private final double width;

    private TokenLines(float[] x, float[] w, int[] lineStarts, int[] paragraphLines, double lineHeight,
                       double width) {
        this.x = x;
        this.w = w;
        this.lineStarts = lineStarts;
        this.paragraphLines = paragraphLines;
        this.lineHeight = lineHeight;
        this.width = width;
    }

    /** The width of the spaces a token starts with, which hang into the margin when a line wraps before it. */
    @FunctionalInterface
    interface Hang {
        float width(int token);
    }

    /** Wraps the model's paragraphs to {@code width} pixels with token widths {@code w}. */
    static TokenLines wrap(TokenTextModel m, float[] w, double width, double lineHeight, Hang hang) {
        int n = m.tokenCount();
        int paragraphs = m.paragraphCount();
        float[] x = new float[n];
        int[] starts = new int[Math.max(16, paragraphs + 1)];
        int lines = 0;
        int[] paragraphLines = new int[paragraphs + 1];
        for (int p = 0; p < paragraphs; p++) {
            int first = m.paragraphStart(p);
            int end = m.paragraphEnd(p);
            paragraphLines[p] = lines;
            if (lines + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[lines++] = first;
            int lineStart = first;
            int lastBreak = -1;
            float cx = 0;
            for (int t = first; t < end; t++) {
                while (t > lineStart && cx + w[t] > width && !m.onlyLineBreaks(t)) {
                    int at = m.breakBefore(t) ? t : lastBreak > lineStart ? lastBreak : t;
                    float shift = (at < t ? x[at] : cx) + hang.width(at);
                    for (int k = at; k < t; k++) {
                        x[k] -= shift;
                    }
                    cx -= shift;
                    if (lines + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[lines++] = at;
                    lineStart = at;
                    lastBreak = -1;
                }
                if (t > lineStart && m.breakBefore(t)) {
                    lastBreak = t;
                }
                x[t] = cx;
                cx += w[t];
            }
        }
        paragraphLines[paragraphs] = lines;
        int[] lineStarts = Arrays.copyOf(starts, lines + 1);
        lineStarts[lines] = n;
        return new TokenLines(x, w, lineStarts, paragraphLines, lineHeight, width);
    }

    double width() {
        return width;
    }

    double lineHeight() {
        return lineHeight;
    }

    int lineCount() {
        return lineStarts.length - 1;
    }

    int paragraphCount() {
        return paragraphLines.length - 1;
    }

    /** First token of line {@code l}. */
    int lineStart(int l) {
        return lineStarts[l];
    }

    /** One past the last token of line {@code l}. */
    int lineEnd(int l) {
        return lineStarts[l + 1];
    }

    /** Left edge of token {@code t} on its line, from the start of the text column. */
    float x(int t) {
        return x[t];
    }

    /** Width of token {@code t}. */
    float width(int t) {
        return w[t];
    }

    /** The line holding token {@code t}. */
    int lineOf(int t) {
        int k = Arrays.binarySearch(lineStarts, 0, lineStarts.length - 1, t);
        return k >= 0 ? k : -k - 2;
    }

    /** The paragraph holding line {@code l}. */
    int paragraphOfLine(int l) {
        int k = Arrays.binarySearch(paragraphLines, 0, paragraphLines.length - 1, l);
        return k >= 0 ? k : -k - 2;
    }

    int firstLine(int p) {
        return paragraphLines[p];
    }

    /** Top of paragraph {@code p} (its padding included); {@code top(paragraphCount())} is the total height. */
    double paragraphTop(int p) {
        return paragraphLines[p] * lineHeight + p * 2 * PARAGRAPH_PAD;
    }

    /** Top of line {@code l}. */
    double lineTop(int l) {
        int p = paragraphOfLine(l);
        return l * lineHeight + (p * 2 + 1) * PARAGRAPH_PAD;
    }

    double height() {
        return paragraphTop(paragraphCount());
    }

    /** The paragraph at height {@code y}: the last one starting at or above it (0 above the text). */
    int paragraphAt(double y) {
        int lo = 0;
        int hi = paragraphCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphTop(mid) <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    /**
     * The token at ({@code px}, {@code y}), {@code px} measured from the start of the text column, or -1 where no
     * token is: in a paragraph's padding, or beyond the end of a line.
     */
    int tokenAt(double px, double y) {
        if (paragraphCount() == 0 || y < 0 || y >= height()) {
            return -1;
        }
        int p = paragraphAt(y);
        double inside = y - paragraphTop(p) - PARAGRAPH_PAD;
        int line = firstLine(p) + (int) Math.floor(inside / lineHeight);
        if (inside < 0 || line >= firstLine(p + 1)) {
            return -1;
        }
        int from = lineStart(line);
        int to = lineEnd(line);
        if (to <= from || px < x[from]) {
            return -1;
        }
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= px) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return px < x[lo] + w[lo] ? lo : -1;
    }
}
