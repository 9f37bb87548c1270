package dev.exitscope.views.timeline;

import dev.exitscope.analysis.search.TextMatches;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The timeline: one canvas the size of the viewport (never of the content) drawing lanes on a shared token axis.
 * The wheel zooms around the pointer and {@code +}/{@code -} around the selected token (else the centre), keeping
 * it in view; drag or arrow keys pan, {@code 0} fits, a click selects a token, shift-drag selects a token range,
 * hovering shows the token with its top-k alternatives, and the context menu shows, hides and reorders lanes. A
 * selection made elsewhere (the token text, find) pans the token into view. Find matches are marked on the plot
 * and the overview. Property changes mark the view dirty and it draws at most once per pulse; with the focus it is
 * outlined. FX thread only.
 */
public final class TimelineView extends Region {
    /** How close the pointer must be to a flag's line, in pixels, for its tooltip. */
    private static final double FLAG_HOVER_PX = 4;
    private final Canvas canvas = new Canvas();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final ObjectProperty<@Nullable TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<TimelineViewport> viewport =
            new SimpleObjectProperty<>(this, "viewport", TimelineViewport.fit(0, 0));
    private final IntegerProperty selectedToken = new SimpleIntegerProperty(this, "selectedToken", -1);
    private final ObservableList<String> lanes = FXCollections.observableArrayList(TimelineData.DEFAULT_LANES);
    private final Tooltip tooltip = new Tooltip();
    private boolean dirty = true;
    /** Registered with the scene while the view is in one, and removed when it leaves, so scenes do not keep it. */
    private final Runnable pulse = this::drawIfDirty;
    private int frames;
    private double dragX = Double.NaN;
    private final IntegerProperty rangeStart = new SimpleIntegerProperty(this, "rangeStart", -1);
    private final IntegerProperty rangeEnd = new SimpleIntegerProperty(this, "rangeEnd", -1);
    private int rangeAnchor = -1;
    private final ObjectProperty<TextMatches> matches =
            new SimpleObjectProperty<>(this, "matches", TextMatches.none());
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private final ObjectProperty<List<ExitFlag>> exits = new SimpleObjectProperty<>(this, "exits", List.of());
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", -1);
    private final ObjectProperty<List<LaneThreshold>> thresholds = new SimpleObjectProperty<>(this, "thresholds",
            List.of());
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private boolean clicking;
    /** Size, lanes and theme of the last frame drawn, for a worker preparing the next trace's first frame. */
    private volatile @Nullable FrameShape shape;
    private volatile @Nullable PreparedFrame ahead;
    private int preparedUsed;

    private record FrameShape(TimelineLayout layout, List<String> chosen, boolean dark) {
    }

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.ZERO);
        Tooltip.install(canvas, tooltip);
        data.addListener((o, a, d) -> {
            PreparedFrame p = ahead;
            if (p != null && p.data() != d) {
                ahead = null;
            }
            if (a == null || d == null || a.trace() != d.trace()) {
                viewport.set(TimelineViewport.fit(d == null ? 0 : d.trace().tokenCount(), plotWidth()));
                selectedToken.set(-1);
            }
            markDirty();
        });
        viewport.addListener((o, a, b) -> markDirty());
        selectedToken.addListener((o, a, b) -> {
            if (!clicking && b.intValue() >= 0 && data.get() != null) {
                viewport.set(viewport.get().reveal(b.intValue()));
            }
            markDirty();
        });
        matches.addListener(o -> markDirty());
        focusedProperty().addListener(o -> markDirty());
        dark.addListener((o, a, b) -> {
            renderer.setDark(b);
            markDirty();
        });
        currentMatch.addListener(o -> markDirty());
        exits.addListener(o -> markDirty());
        playhead.addListener(o -> markDirty());
        thresholds.addListener(o -> markDirty());
        rangeStart.addListener((o, a, b) -> markDirty());
        rangeEnd.addListener((o, a, b) -> markDirty());
        lanes.addListener((javafx.collections.ListChangeListener<String>) c -> markDirty());
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        setOnContextMenuRequested(e -> {
            TimelineData d = data.get();
            if (d != null) {
                LaneMenu.build(d, lanes, laneAt(e.getY())).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            rangeAnchor = e.isShiftDown() ? tokenAt(e.getX()) : -1;
            if (rangeAnchor >= 0) {
                rangeStart.set(rangeAnchor);
                rangeEnd.set(rangeAnchor + 1);
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onHover);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, a, s) -> {
            if (a != null) {
                a.removePostLayoutPulseListener(pulse);
            }
            if (s != null) {
                s.addPostLayoutPulseListener(pulse);
            }
        });
    }

    public ObjectProperty<@Nullable TimelineData> dataProperty() {
        return data;
    }

    public ObjectProperty<TimelineViewport> viewportProperty() {
        return viewport;
    }

    public IntegerProperty selectedTokenProperty() {
        return selectedToken;
    }

    /** First token of the range selected by shift-dragging, or -1. */
    public IntegerProperty rangeStartProperty() {
        return rangeStart;
    }

    /** End (exclusive) of the selected range, or -1. */
    public IntegerProperty rangeEndProperty() {
        return rangeEnd;
    }

    /** Whether to draw with the dark theme's palette. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Fits the whole trace into the view. */
    public void fit() {
        TimelineViewport v = viewport.get();
        viewport.set(TimelineViewport.fit(v.tokens(), v.width()));
    }

    /** Find matches, marked on the plot and the overview strip. */
    public ObjectProperty<TextMatches> matchesProperty() {
        return matches;
    }

    /** Index of the current find match (drawn stronger), -1 for none. */
    public IntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    /** Lane ids shown, top to bottom; edit to show, hide or reorder lanes. */
    public ObservableList<String> lanes() {
        return lanes;
    }

    /** Frames drawn so far (for tests that count work per interaction). */
    public int frames() {
        return frames;
    }

    /** The token under a point of this view, or -1. */
    public int tokenAt(double x) {
        return viewport.get().tokenAt(x - TimelineLayout.MARGIN);
    }

    /** The lane id under a point of this view, or null. */
    public @Nullable String laneAt(double y) {
        TimelineLayout l = laneLayout();
        int i = l.laneAt(y);
        return i < 0 ? null : l.lanes().get(i);
    }

    /** Draws now if something changed; called once per pulse and by snapshots. */
    public void drawIfDirty() {
        if (!dirty) {
            return;
        }
        dirty = false;
        TimelineLayout layout = laneLayout();
        shape = new FrameShape(layout, List.copyOf(lanes), dark.get());
        TimelineData d = data.get();
        if (d == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            javafx.scene.canvas.GraphicsContext g = canvas.getGraphicsContext2D();
            // the empty view goes through the raster too, so its image exists before the first trace arrives
            renderer.raster().begin(canvas.getWidth(), canvas.getHeight(), renderer.palette().background());
            renderer.raster().end(g);
            g.setFill(renderer.palette().muted());
            g.setFont(javafx.scene.text.Font.font("System", 13));
            g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
            g.setTextBaseline(javafx.geometry.VPos.CENTER);
            g.fillText("Select a trace in the library to see its timeline", canvas.getWidth() / 2,
                    canvas.getHeight() / 2);
            return;
        }
        PreparedFrame a = ahead;
        if (renderer.draw(canvas.getGraphicsContext2D(), d, viewport.get(), layout, overlay(), a)) {
            preparedUsed++;
        }
        if (a != null && a.data() == d) {
            ahead = null;
        }
        if (isFocused()) {
            renderer.drawFocus(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        }
        frames++;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            TimelineData d = data.get();
            TimelineViewport v = viewport.get();
            boolean fitted = v.pxPerToken() <= TimelineViewport.fit(v.tokens(), v.width()).pxPerToken();
            viewport.set(d != null && fitted ? TimelineViewport.fit(d.trace().tokenCount(), plotWidth())
                    : v.withWidth(plotWidth()));
            markDirty();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    private double plotWidth() {
        return plotWidth(canvas.getWidth());
    }

    private static double plotWidth(double canvasWidth) {
        return Math.max(0, canvasWidth - TimelineLayout.MARGIN - 8);
    }

    /**
     * Fills the marks of the first frame that {@code d}, a trace not shown yet, will get: fitted, nothing selected,
     * at the size, lanes and theme of the last frame drawn. When that is the frame asked for once {@code d} is set,
     * the FX thread copies these pixels instead of computing them. Any thread; a worker calls it before handing
     * the data over.
     */
    public void prepare(TimelineData d) {
        FrameShape s = shape;
        if (s == null || s.layout().width() <= 0 || s.layout().height() <= 0) {
            return;
        }
        TimelineLayout l = layoutFor(d, s.layout().width(), s.layout().height(), s.chosen());
        TimelineViewport v = TimelineViewport.fit(d.trace().tokenCount(), plotWidth(l.width()));
        TimelineRenderer r = new TimelineRenderer();
        r.setDark(s.dark());
        r.fill(d, v, l, TimelineOverlay.NONE);
        ahead = new PreparedFrame(d, v, l, r.palette(), r.raster());
    }

    /** Forgets a frame prepared for a trace that will not be shown (its loading was cancelled). */
    public void discardPrepared() {
        ahead = null;
    }

    /** The pixels of the last frame's marks (for tests). */
    PlotRaster rasterForTests() {
        return renderer.raster();
    }

    /** How many frames took their marks from a prepared frame (for tests). */
    int preparedFramesUsed() {
        return preparedUsed;
    }

    /** What this frame draws over the lanes. */
    TimelineOverlay overlay() {
        return new TimelineOverlay(selectedToken.get(), rangeStart.get(), rangeEnd.get(), matches.get(),
                currentMatch.get(), exits.get(), playhead.get(), thresholds.get());
    }

    /** The policies' exit flags drawn across the lanes. */
    public ObjectProperty<List<ExitFlag>> exitsProperty() {
        return exits;
    }

    /** The enabled policies' thresholds, each drawn across its lane. */
    public ObjectProperty<List<LaneThreshold>> thresholdsProperty() {
        return thresholds;
    }

    /** Tokens played so far (the rest is dimmed), or -1 when no playback is shown. */
    public IntegerProperty playheadProperty() {
        return playhead;
    }

    private TimelineLayout laneLayout() {
        return layoutFor(data.get(), canvas.getWidth(), canvas.getHeight(), List.copyOf(lanes));
    }

    /** The chosen lanes that {@code d} has data for get room; the others are named on one line. */
    static TimelineLayout layoutFor(@Nullable TimelineData d, double width, double height, List<String> chosen) {
        if (d == null) {
            return new TimelineLayout(width, height, chosen);
        }
        List<String> shown = new java.util.ArrayList<>();
        List<String> collapsed = new java.util.ArrayList<>();
        for (String id : chosen) {
            dev.exitscope.analysis.timeline.Lane lane = d.lane(id);
            (lane == null || lane.isEmpty() ? collapsed : shown).add(id);
        }
        return new TimelineLayout(width, height, shown, collapsed);
    }

    private void markDirty() {
        dirty = true;
        javafx.application.Platform.requestNextPulse();
        requestLayout();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
        viewport.set(viewport.get().zoom(factor, Math.max(0, e.getX() - TimelineLayout.MARGIN)));
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (rangeAnchor >= 0) {
            int t = tokenAt(Math.max(TimelineLayout.MARGIN, Math.min(e.getX(), getWidth() - 9)));
            if (t >= 0) {
                rangeStart.set(Math.min(rangeAnchor, t));
                rangeEnd.set(Math.max(rangeAnchor, t) + 1);
            }
            return;
        }
        if (!Double.isNaN(dragX)) {
            viewport.set(viewport.get().panPixels(dragX - e.getX()));
            dragX = e.getX();
        }
    }

    private void onClick(MouseEvent e) {
        if (e.isStillSincePress()) {
            int t = tokenAt(e.getX());
            if (t >= 0) {
                clicking = true;
                try {
                    selectedToken.set(t);
                } finally {
                    clicking = false;
                }
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            // shortcuts with these keys belong to the window's menu (Ctrl+0 fits, Ctrl+= and Ctrl+- size the text)
            return;
        }
        TimelineViewport v = viewport.get();
        TimelineViewport next = switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomKeepingSelection(v, 1.5);
            case MINUS, SUBTRACT -> zoomKeepingSelection(v, 1 / 1.5);
            case DIGIT0, NUMPAD0 -> TimelineViewport.fit(v.tokens(), v.width());
            case LEFT -> v.panPixels(-v.width() / 10);
            case RIGHT -> v.panPixels(v.width() / 10);
            case HOME -> v.panPixels(-Double.MAX_VALUE / 4);
            case END -> v.panPixels(Double.MAX_VALUE / 4);
            default -> null;
        };
        if (next != null) {
            viewport.set(next);
            e.consume();
        }
    }

    /**
     * Keyboard zoom: around the selected token when one is on screen (it stays under the same pixel), else around
     * the centre; a selected token off screen is then centred, so the cursor is always in view after the zoom.
     */
    private TimelineViewport zoomKeepingSelection(TimelineViewport v, double factor) {
        int t = selectedToken.get();
        double x = t >= 0 && t < v.tokens() ? v.xOf(t + 0.5) : Double.NaN;
        boolean onScreen = x >= 0 && x < v.width();
        TimelineViewport zoomed = v.zoom(factor, onScreen ? x : v.width() / 2);
        return t >= 0 && t < v.tokens() ? zoomed.reveal(t) : zoomed;
    }

    private void onHover(MouseEvent e) {
        TimelineData d = data.get();
        int t = tokenAt(e.getX());
        if (d == null || t < 0) {
            tooltip.setText("");
            return;
        }
        String flags = flagsNear(e.getX());
        tooltip.setText(flags.isEmpty() ? describe(d.trace(), t) : flags + System.lineSeparator()
                + System.lineSeparator() + describe(d.trace(), t));
    }

    /** What the exit flags within a few pixels of {@code x} say about their decisions, one line each. */
    String flagsNear(double x) {
        TimelineLayout l = laneLayout();
        TimelineViewport v = viewport.get();
        StringBuilder sb = new StringBuilder();
        for (ExitFlag f : exits.get()) {
            if (Math.abs(l.plotX() + v.xOf(f.token()) - x) <= FLAG_HOVER_PX) {
                sb.append(sb.length() == 0 ? "" : System.lineSeparator()).append(f.detail());
            }
        }
        return sb.toString();
    }

    /** The hover text for token {@code t}: text, index, logprob, entropy and the top-k alternatives. */
    public static String describe(Trace trace, int t) {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(trace.tokenText(t).replace("\n", "\\n")).append("\"  #").append(t);
        float lp = trace.logprob(t);
        if (!Float.isNaN(lp)) {
            sb.append(String.format(Locale.ROOT, "%nlogprob %.4f  (p = %.4f)", lp, Math.exp(lp)));
        }
        float h = trace.entropy(t);
        if (!Float.isNaN(h)) {
            sb.append(String.format(Locale.ROOT, "%nentropy %.4f nats", h));
        }
        TopK k = trace.topK();
        if (k != null && k.count(t) > 0) {
            sb.append(System.lineSeparator()).append("top-").append(k.count(t)).append(':');
            for (int j = 0; j < k.count(t); j++) {
                sb.append(String.format(Locale.ROOT, "%n  %-16s %.4f", '"' + k.text(t, j).replace("\n", "\\n")
                        + '"', Math.exp(k.logprob(t, j))));
            }
        }
        return sb.toString();
    }
}
