package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
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
 * {@link TokenText} per token over background paths, one per heat bucket, built from the flow's range shapes after
 * each layout. Cue tokens get a bar above them and the selected token an outline. FX thread only.
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
            if (e.getTarget() instanceof TokenText t) {
                onClick.accept(t.token());
                e.consume();
            }
        });
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
        for (int t = first; t < end; t++) {
            TokenText text = new TokenText(m.displayText(t), t);
            List<String> cls = text.getStyleClass();
            cls.add(m.thinking(t) ? "think" : "answer");
            if (scale.extremeHigh(t)) {
                cls.add("extreme-high");
            } else if (scale.extremeLow(t)) {
                cls.add("extreme-low");
            }
            if (m.candidate(t)) {
                cls.add("candidate");
            }
            if (m.displayText(t).equals("\u21b5")) {
                cls.add("line-break");
            }
            texts.add(text);
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
            int at = 0;
            for (TokenText text : texts) {
                int len = text.getText().length();
                int t = text.token();
                int b = scale.bucket(t);
                boolean cue = m.cue(t);
                boolean hit = anyHit && matches.matchAt(t) >= 0;
                boolean current = currentMatch >= 0 && currentMatch < matches.count()
                        && t >= matches.firstToken(currentMatch) && t < matches.endToken(currentMatch);
                if (b >= 0 || cue || t == selected || hit) {
                    PathElement[] shape = flow.rangeShape(at, at + len);
                    if (b >= 0) {
                        byBucket.get(b).addAll(List.of(shape));
                    }
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
                at += len;
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
