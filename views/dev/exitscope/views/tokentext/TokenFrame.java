package dev.exitscope.views.tokentext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one paint of the token text drew, in the canvas's pixels: the rectangles of each {@link TokenMark} kind
 * (x, y, width, height, and for {@link TokenMark#HEAT} the bucket) and the runs of text with the tokens they
 * show. Tests and lookups read it instead of the pixels; the painter fills it while drawing. FX thread only.
 */
final class TokenFrame {
    /** One call that drew text: the tokens {@code first … end-1} as {@code text} at ({@code x}, {@code baseline}). */
    record Run(String text, int first, int end, double x, double baseline, int style) {
    }

    private final Map<TokenMark, List<double[]>> marks = new EnumMap<>(TokenMark.class);
    private final List<Run> runs = new ArrayList<>();
    private int firstToken = -1;
    private int endToken = -1;

    TokenFrame() {
        for (TokenMark k : TokenMark.values()) {
            marks.put(k, new ArrayList<>());
        }
    }

    void mark(TokenMark kind, double x, double y, double w, double h, int bucket) {
        marks.get(kind).add(new double[] {x, y, w, h, bucket});
    }

    void run(Run r) {
        runs.add(r);
        if (firstToken < 0 || r.first() < firstToken) {
            firstToken = r.first();
        }
        endToken = Math.max(endToken, r.end());
    }

    List<double[]> marks(TokenMark kind) {
        return marks.get(kind);
    }

    List<Run> runs() {
        return runs;
    }

    /** First token drawn, or -1. */
    int firstToken() {
        return firstToken;
    }

    /** One past the last token drawn, or -1. */
    int endToken() {
        return endToken;
    }

    /** The text drawn, run after run. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(r.text());
        }
        return b.toString();
    }
}
