package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of the token text: a gutter naming the step that starts here, and a {@link TextFlow} with one
 * {@link TokenText} per run of equally styled tokens (a few per paragraph, so a screenful costs a few dozen nodes,
 * not thousands) over background paths, one per heat bucket, built from the flow's range shapes after each layout
 * (one shape per run of tokens in the same bucket). Cue tokens get a bar above them, find matches and the selected
 * token an outline. A click is mapped to its token by hit-testing the flow. FX thread only.
 */
final class TokenParagraph extends Region {
    static final double GUTTER = 72;
    private static final PseudoClass STEP_START = PseudoClass.getPseudoClass("step-start");
    private static final double PAD = 2;

    private final Label gutter = new Label();
    private final TextFlow flow = new TextFlow();
    private final Group marks = new Group();
    private final Path[] heat = new Path[HeatScale.BUCKETS];
    private final Path cues = new Path();
    private final Path selection = new Path();
    private final Path found = new Path();
    private final Path foundCurrent = new Path();
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
        flow.getStyleClass().add("token-flow");
        for (int k = 0; k < heat.length; k++) {
            heat[k] = new Path();
            heat[k].getStyleClass().addAll("heat", "heat-" + k);
            marks.getChildren().add(heat[k]);
        }
        cues.getStyleClass().add("cue-mark");
        selection.getStyleClass().add("selected-token");
        found.getStyleClass().add("find-match");
        foundCurrent.getStyleClass().add("find-current");
        marks.getChildren().addAll(found, foundCurrent, cues, selection);
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
        return Math.max(flow.prefHeight(fw), gutter.prefHeight(-1)) + 2 * PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return GUTTER + 400;
    }

    @Override
    protected void layoutChildren() {
        double fw = Math.max(10, getWidth() - GUTTER - 2 * PAD);
        gutter.resizeRelocate(PAD, PAD, GUTTER - 6, gutter.prefHeight(-1));
        flow.resizeRelocate(GUTTER + PAD, PAD, fw, flow.prefHeight(fw));
        flow.layout();
        marks.setLayoutX(GUTTER + PAD);
        marks.setLayoutY(PAD);
        drawMarks();
    }

    private void drawMarks() {
        List<List<PathElement>> byBucket = new ArrayList<>(HeatScale.BUCKETS);
        for (int k = 0; k < HeatScale.BUCKETS; k++) {
            byBucket.add(new ArrayList<>());
        }
        List<PathElement> cueBars = new ArrayList<>();
        List<PathElement> hits = new ArrayList<>();
        List<PathElement> currentHit = new ArrayList<>();
        boolean anyHit = matches.anyIn(first, end);
        PathElement[] sel = new PathElement[0];
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
                        byBucket.get(runBucket).addAll(List.of(flow.rangeShape(runFrom, from)));
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
                        addBars(shape, cueBars);
                    }
                    if (t == selected) {
                        sel = shape;
                    }
                    if (hit) {
                        (current ? currentHit : hits).addAll(List.of(shape));
                    }
                }
            }
            int last = charStart[end - first];
            if (runBucket >= 0 && last > runFrom) {
                byBucket.get(runBucket).addAll(List.of(flow.rangeShape(runFrom, last)));
            }
        }
        for (int k = 0; k < HeatScale.BUCKETS; k++) {
            heat[k].getElements().setAll(byBucket.get(k));
        }
        cues.getElements().setAll(cueBars);
        found.getElements().setAll(hits);
        foundCurrent.getElements().setAll(currentHit);
        selection.getElements().setAll(sel);
    }

    /** Adds, for each rectangle of a range shape, a 3 px bar along its top edge. */
    private static void addBars(PathElement[] shape, List<PathElement> out) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        boolean open = false;
        for (PathElement e : shape) {
            if (e instanceof MoveTo mt) {
                if (open) {
                    bar(out, minX, maxX, minY);
                }
                minX = mt.getX();
                maxX = mt.getX();
                minY = mt.getY();
                open = true;
            } else if (e instanceof LineTo lt) {
                minX = Math.min(minX, lt.getX());
                maxX = Math.max(maxX, lt.getX());
                minY = Math.min(minY, lt.getY());
            }
        }
        if (open) {
            bar(out, minX, maxX, minY);
        }
    }

    private static void bar(List<PathElement> out, double x0, double x1, double y) {
        out.add(new MoveTo(x0, y));
        out.add(new LineTo(x1, y));
        out.add(new LineTo(x1, y + 3));
        out.add(new LineTo(x0, y + 3));
        out.add(new ClosePath());
    }
}
