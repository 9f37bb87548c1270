package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.function.IntConsumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * The scrolling text area of the token view: one {@link Canvas} the size of the viewport and a vertical scroll
 * bar. The text is wrapped into {@link TokenLines} (again only when the width, the model or the signal changes;
 * {@link TokenLayouts} may have done it on a worker)
 * and each layout pass paints the lines on screen with a {@link TokenPainter}; nothing in the scene graph grows
 * with the trace. A click selects the token under the pointer; the wheel and the bar scroll. FX thread only.
 */
final class TokenCanvas extends Region {
    private static final double INSET = 2;
    private static final double RIGHT_MARGIN = 8;
    private static final String PLACEHOLDER = "The text of the selected trace appears here";
    private static final Font PLACEHOLDER_FONT = Font.font("System", 13);

    private final Canvas canvas = new Canvas();
    private final ScrollBar bar = new ScrollBar();
    private TokenLayouts layouts;
    private TokenFonts fonts;
    private @Nullable TokenTextModel model;
    private TokenSignal signal = TokenSignal.ENTROPY;
    private TokenPalette palette = TokenPalette.LIGHT;
    private int selected = -1;
    private TextMatches matches = TextMatches.none();
    private int currentMatch = -1;
    private @Nullable TokenLines lines;
    private double top;
    private int pendingReveal = -1;
    private TokenFrame frame = new TokenFrame();
    private boolean adjustingBar;

    TokenCanvas(TokenLayouts layouts, IntConsumer onClick) {
        this.layouts = layouts;
        this.fonts = layouts.fonts();
        getStyleClass().add("token-canvas");
        setFocusTraversable(true);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        getChildren().addAll(canvas, bar);
        bar.valueProperty().addListener((o, a, v) -> {
            if (!adjustingBar) {
                top = v.doubleValue();
                requestLayout();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            int t = tokenAt(e.getX(), e.getY());
            if (t >= 0) {
                onClick.accept(t);
            }
            e.consume();
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollTo(top - e.getDeltaY());
            e.consume();
        });
    }

    private int fadeFrom = -1;
    private int hideFrom = -1;

    /** Measures and wraps with {@code l} from now on (another text size). */
    void setLayouts(TokenLayouts l) {
        layouts = l;
        fonts = l.fonts();
        lines = null;
        requestLayout();
    }

    void setModel(@Nullable TokenTextModel m) {
        model = m;
        lines = null;
        top = 0;
        requestLayout();
    }

    void setSignal(TokenSignal s) {
        signal = s;
        lines = null;
        requestLayout();
    }

    void setPalette(TokenPalette p) {
        palette = p;
        requestLayout();
    }

    void setSelected(int token) {
        selected = token;
        requestLayout();
    }

    /** Tokens from {@code fadeFrom} are drawn faded, tokens from {@code hideFrom} not at all; -1 for neither. */
    void setCut(int fadeFrom, int hideFrom) {
        this.fadeFrom = fadeFrom;
        this.hideFrom = hideFrom;
        requestLayout();
    }

    void setMatches(TextMatches m, int current) {
        matches = m;
        currentMatch = current;
        requestLayout();
    }

    /** Scrolls so that token {@code t}'s line is on screen: just far enough when it is near, centred otherwise. */
    void reveal(int t) {
        pendingReveal = t;
        requestLayout();
    }

    /** The last paint's record. */
    TokenFrame frame() {
        return frame;
    }

    /** The lines the last layout wrapped the text into, or null. */
    @Nullable TokenLines lines() {
        return lines;
    }

    /** Pixels scrolled from the top of the text. */
    double scrollTop() {
        return top;
    }

    /** The box of token {@code t} in this node's coordinates, or null when it was not painted. */
    @Nullable Bounds tokenBounds(int t) {
        TokenLines l = lines;
        if (l == null || t < frame.firstToken() || t >= frame.endToken()) {
            return null;
        }
        double y = l.lineTop(l.lineOf(t)) - top;
        return new BoundingBox(canvas.getLayoutX() + TokenPainter.textLeft() + l.x(t), canvas.getLayoutY() + y,
                l.width(t), l.lineHeight());
    }

    private int tokenAt(double x, double y) {
        TokenLines l = lines;
        return l == null ? -1 : l.tokenAt(x - TokenPainter.textLeft(), y + top);
    }

    /** Scrolls to {@code y} pixels from the top of the text, within the text's height. */
    void scrollTo(double y) {
        TokenLines l = lines;
        double max = l == null ? 0 : Math.max(0, l.height() - canvas.getHeight());
        double clamped = Math.max(0, Math.min(max, y));
        if (clamped != top) {
            top = clamped;
            requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    @Override
    protected void layoutChildren() {
        double barWidth = bar.prefWidth(-1);
        double w = Math.max(1, getWidth() - 2 * INSET - barWidth);
        double h = Math.max(1, getHeight() - 2 * INSET);
        canvas.relocate(INSET, INSET);
        canvas.setWidth(w);
        canvas.setHeight(h);
        bar.resizeRelocate(getWidth() - INSET - barWidth, INSET, barWidth, h);
        double wrapWidth = Math.max(40, w - TokenPainter.textLeft() - RIGHT_MARGIN);
        layouts.expect(wrapWidth, signal);
        TokenTextModel m = model;
        if (m == null) {
            frame = new TokenFrame();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(palette.ink().paper());
            g.fillRect(0, 0, w, h);
            g.setFill(palette.ink().muted());
            g.setFont(PLACEHOLDER_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(PLACEHOLDER, w / 2, h / 2);
            bar.setVisible(false);
            return;
        }
        TokenLines l = lines;
        if (l == null || l.width() != wrapWidth) {
            int anchor = l == null || frame.firstToken() < 0 ? -1 : frame.firstToken();
            l = layouts.lines(m, signal, wrapWidth);
            lines = l;
            if (anchor >= 0 && pendingReveal < 0) {
                top = l.lineTop(l.lineOf(anchor)) - TokenLines.PARAGRAPH_PAD;
            }
        }
        if (pendingReveal >= 0 && pendingReveal < m.tokenCount()) {
            double lineTop = l.lineTop(l.lineOf(pendingReveal));
            double lineBottom = lineTop + l.lineHeight();
            if (lineTop < top || lineBottom > top + h) {
                boolean near = lineBottom > top - h && lineTop < top + 2 * h;
                top = !near ? lineTop - h / 3 : lineTop < top ? lineTop - TokenLines.PARAGRAPH_PAD
                        : lineBottom - h + TokenLines.PARAGRAPH_PAD;
            }
        }
        pendingReveal = -1;
        double max = Math.max(0, l.height() - h);
        top = Math.max(0, Math.min(max, top));
        adjustingBar = true;
        try {
            bar.setVisible(max > 0);
            bar.setMax(max);
            bar.setVisibleAmount(max * h / Math.max(1, l.height()));
            bar.setUnitIncrement(l.lineHeight());
            bar.setBlockIncrement(h * 0.9);
            bar.setValue(top);
        } finally {
            adjustingBar = false;
        }
        frame = new TokenPainter(m, l, fonts, palette, signal)
                .paint(canvas.getGraphicsContext2D(), top, w, h, selected, matches, currentMatch, fadeFrom,
                        hideFrom);
    }
}
