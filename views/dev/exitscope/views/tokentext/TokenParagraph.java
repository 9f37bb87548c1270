package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of the token text: a gutter naming the step that starts here, and a {@link TextFlow} with one
 * {@link TokenText} per run of equally styled tokens (a few per paragraph, so a screenful costs a few dozen nodes,
 * not thousands) over one canvas holding every mark, drawn from the flow's range shapes after each layout: the
 * backgrounds (one rectangle per line of each run of tokens in the same bucket), a bar above cue tokens, find
 * matches and the token cursor outlined. A click is mapped to its token by hit-testing the flow. FX thread only.
 */
final class TokenParagraph extends Region {
    static final double GUTTER = 72;
    /** Room around the flow on the marks canvas for outlines that stick out of a token's box. */
    private static final double MARGIN = 2;
    private static final PseudoClass STEP_START = PseudoClass.getPseudoClass("step-start");
    private static final double PAD = 2;

    private final Text gutter = new Text();
    private final TextFlow flow = new TextFlow();
    private final Canvas marks = new Canvas();
    /** The rectangles drawn last, per kind (x, y, width, height, and for heat the bucket), for tests. */
    private final java.util.EnumMap<TokenMark, List<double[]>> drawn = new java.util.EnumMap<>(TokenMark.class);
    private TokenPalette palette = TokenPalette.LIGHT;
    private final List<TokenText> texts = new ArrayList<>();
    private @Nullable TokenTextModel model;
    private TokenSignal signal = TokenSignal.ENTROPY;
    private int first;
    private int end;
    private int selected = -1;
    /** Flow character offset of each token of the paragraph, plus the end; reused between paragraphs. */
    private int[] charStart = new int[64];
    private TextMatches matches = TextMatches.none();
    private int currentMatch = -1;

    TokenParagraph(IntConsumer onClick) {
        getStyleClass().add("token-paragraph");
        gutter.getStyleClass().add("step-gutter");
        gutter.setTextOrigin(VPos.TOP);
        gutter.setManaged(false);
        flow.getStyleClass().add("token-flow");
        marks.setManaged(false);
        getChildren().addAll(gutter, marks, flow);
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            int t = tokenAt(flow.hitTest(new Point2D(e.getX(), e.getY())).getCharIndex());
            if (t >= 0) {
                onClick.accept(t);
                e.consume();
            }
        });
    }

    /** The token holding character {@code c} of this paragraph's flow, or -1. */
    int tokenAt(int c) {
        int n = end - first;
        if (n <= 0 || c < 0 || c >= charStart[n]) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (charStart[mid] <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return first + lo;
    }

    /** Where token {@code t} of this paragraph starts and ends in the flow's characters, or null when not here. */
    int @Nullable [] charRange(int t) {
        return t < first || t >= end ? null : new int[] {charStart[t - first], charStart[t - first + 1]};
    }

    /** The flow holding the runs, for tests. */
    TextFlow flow() {
        return flow;
    }

    /**
     * Shows paragraph {@code p} of the model coloured by {@code signal}, outlining the tokens of find matches
     * (the current match more strongly).
     */
    void show(TokenTextModel m, int p, TokenSignal s, int selectedToken, TextMatches found, int current) {
        model = m;
        matches = found;
        currentMatch = current;
        signal = s;
        first = m.paragraphStart(p);
        end = m.paragraphEnd(p);
        selected = selectedToken;
        String type = m.stepTypeStartingAt(p);
        gutter.setText(type == null ? "" : type);
        pseudoClassStateChanged(STEP_START, type != null && first > 0);
        HeatScale scale = m.scale(s);
        texts.clear();
        int n = end - first;
        if (charStart.length < n + 1) {
            charStart = new int[Math.max(n + 1, charStart.length * 2)];
        }
        StringBuilder run = new StringBuilder();
        int runStart = first;
        String runStyle = null;
        int at = 0;
        for (int t = first; t < end; t++) {
            String text = m.displayText(t);
            charStart[t - first] = at;
            at += text.length();
            String style = style(m, scale, t, text);
            if (runStyle != null && !style.equals(runStyle)) {
                texts.add(run(run.toString(), runStart, t, runStyle));
                run.setLength(0);
                runStart = t;
            }
            runStyle = style;
            run.append(text);
        }
        charStart[n] = at;
        if (runStyle != null) {
            texts.add(run(run.toString(), runStart, end, runStyle));
        }
        flow.getChildren().setAll(texts);
        requestLayout();
    }

    /**
     * Changes the find matches; lays out again only when this paragraph has a match before or after, or holds
     * the current match before or after.
     */
    void mark(TextMatches found, int current) {
        boolean before = touches(matches, currentMatch);
        matches = found;
        currentMatch = current;
        if (before || touches(found, current)) {
            requestLayout();
        }
    }

    private boolean touches(TextMatches m, int current) {
        return m.anyIn(first, end) || current >= 0 && current < m.count()
                && m.firstToken(current) < end && m.endToken(current) > first;
    }

    /** The style classes of token {@code t}, space-separated; tokens with equal styles share a run. */
    private static String style(TokenTextModel m, HeatScale scale, int t, String text) {
        StringBuilder b = new StringBuilder(m.thinking(t) ? "think" : "answer");
        if (scale.extremeHigh(t)) {
            b.append(" extreme-high");
        } else if (scale.extremeLow(t)) {
            b.append(" extreme-low");
        }
        if (m.candidate(t)) {
            b.append(" candidate");
        }
        if (text.equals("\u21b5")) {
            b.append(" line-break");
        }
        return b.toString();
    }

    private static TokenText run(String text, int from, int to, String style) {
        TokenText node = new TokenText(text, from, to);
        node.getStyleClass().addAll(style.split(" "));
        return node;
    }

    /** Moves the selection outline; lays out again only when this paragraph gains or loses it. */
    void select(int token) {
        int before = selected;
        selected = token;
        if (contains(before) || contains(token)) {
            requestLayout();
        }
    }

    int firstToken() {
        return first;
    }

    private boolean contains(int token) {
        return token >= first && token < end;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width >= 0 ? width : getPrefWidth() > 0 ? getPrefWidth() : getWidth();
        double fw = Math.max(10, w - GUTTER - 2 * PAD);
        return Math.max(flow.prefHeight(fw), gutter.getLayoutBounds().getHeight()) + 2 * PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return GUTTER + 400;
    }

    @Override
    protected void layoutChildren() {
        double fw = Math.max(10, getWidth() - GUTTER - 2 * PAD);
        gutter.relocate(PAD + 2, PAD + 2);
        double fh = flow.prefHeight(fw);
        flow.resizeRelocate(GUTTER + PAD, PAD, fw, fh);
        flow.layout();
        marks.setLayoutX(GUTTER + PAD - MARGIN);
        marks.setLayoutY(PAD - MARGIN);
        marks.setWidth(fw + 2 * MARGIN);
        marks.setHeight(fh + 2 * MARGIN);
        drawMarks();
    }

    /** Uses these colours from the next layout on. */
    void setPalette(TokenPalette p) {
        if (p != palette) {
            palette = p;
            requestLayout();
        }
    }

    /** The rectangles of one kind drawn at the last layout, in the flow's coordinates: x, y, width, height[, bucket]. */
    List<double[]> drawn(TokenMark kind) {
        return drawn.getOrDefault(kind, List.of());
    }

    /**
     * Computes the token rectangles from the flow's range shapes (backgrounds merged per run of tokens in the same
     * bucket) and draws them on one canvas behind the text: a paragraph costs one node for all its marks.
     */
    private void drawMarks() {
        for (TokenMark k : TokenMark.values()) {
            drawn.put(k, new ArrayList<>());
        }
        boolean anyHit = matches.anyIn(first, end);
        TokenTextModel m = model;
        if (m != null) {
            HeatScale scale = m.scale(signal);
            int runBucket = -1;
            int runFrom = 0;
            for (int t = first; t < end; t++) {
                int from = charStart[t - first];
                int to = charStart[t - first + 1];
                int b = scale.bucket(t);
                if (b != runBucket) {
                    if (runBucket >= 0 && from > runFrom) {
                        rects(flow.rangeShape(runFrom, from), TokenMark.HEAT, runBucket);
                    }
                    runBucket = b;
                    runFrom = from;
                }
                boolean cue = m.cue(t);
                boolean hit = anyHit && matches.matchAt(t) >= 0;
                if (to > from && (cue || t == selected || hit)) {
                    boolean current = currentMatch >= 0 && currentMatch < matches.count()
                            && t >= matches.firstToken(currentMatch) && t < matches.endToken(currentMatch);
                    PathElement[] shape = flow.rangeShape(from, to);
                    if (cue) {
                        for (double[] r : rects(shape, null, -1)) {
                            drawn.get(TokenMark.CUE).add(new double[] {r[0], r[1], r[2], 3});
                        }
                    }
                    if (t == selected) {
                        rects(shape, TokenMark.CURSOR, -1);
                    }
                    if (hit) {
                        rects(shape, current ? TokenMark.FIND_CURRENT : TokenMark.FIND_MATCH, -1);
                    }
                }
            }
            int last = charStart[end - first];
            if (runBucket >= 0 && last > runFrom) {
                rects(flow.rangeShape(runFrom, last), TokenMark.HEAT, runBucket);
            }
        }
        paint();
    }

    private void paint() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        g.save();
        g.translate(MARGIN, MARGIN);
        for (double[] r : drawn.get(TokenMark.HEAT)) {
            g.setFill(palette.heat().get((int) r[4]));
            g.fillRect(r[0], r[1], r[2], r[3]);
        }
        fillAndStroke(g, TokenMark.FIND_MATCH, palette.findFill(), palette.findStroke(), 1);
        fillAndStroke(g, TokenMark.FIND_CURRENT, palette.currentFill(), palette.currentStroke(), 2);
        g.setFill(palette.cue());
        for (double[] r : drawn.get(TokenMark.CUE)) {
            g.fillRect(r[0], r[1], r[2], r[3]);
        }
        fillAndStroke(g, TokenMark.CURSOR, Color.TRANSPARENT, palette.cursor(), 1.5);
        g.restore();
    }

    private void fillAndStroke(GraphicsContext g, TokenMark kind, Color fill, Color stroke, double width) {
        g.setFill(fill);
        g.setStroke(stroke);
        g.setLineWidth(width);
        for (double[] r : drawn.get(kind)) {
            g.fillRect(r[0], r[1], r[2], r[3]);
            g.strokeRect(r[0], r[1], r[2], r[3]);
        }
    }

    /**
     * The bounding rectangle of each sub-path of a range shape (one per line the range covers), recorded under
     * {@code kind} when it is not null.
     */
    private List<double[]> rects(PathElement[] shape, @Nullable TokenMark kind, int bucket) {
        List<double[]> out = new ArrayList<>(2);
        double minX = 0;
        double maxX = 0;
        double minY = 0;
        double maxY = 0;
        boolean open = false;
        for (PathElement e : shape) {
            double x;
            double y;
            if (e instanceof MoveTo mt) {
                if (open) {
                    out.add(new double[] {minX, minY, maxX - minX, maxY - minY, bucket});
                }
                minX = mt.getX();
                maxX = minX;
                minY = mt.getY();
                maxY = minY;
                open = true;
                continue;
            } else if (e instanceof LineTo lt) {
                x = lt.getX();
                y = lt.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (open) {
            out.add(new double[] {minX, minY, maxX - minX, maxY - minY, bucket});
        }
        if (kind != null) {
            drawn.get(kind).addAll(out);
        }
        return out;
    }
}
