package dev.exitscope.views.timeline;

import dev.exitscope.analysis.text.SortedInts;
import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.LodPyramid;
import dev.exitscope.analysis.timeline.TimelineData;
import java.util.BitSet;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jspecify.annotations.Nullable;

/**
 * Draws one timeline frame in two passes. Every data mark — lane backgrounds, per-column or per-token values,
 * probe points, step bars, steps, cues, candidates, the selection, find matches, the overview — goes into a
 * {@link PlotRaster} and reaches the canvas as one image; only the few texts and outlines are canvas commands. Cost
 * depends on pixels, not tokens: zoomed out, each pixel column of a lane shows the min–max range and the mean of
 * its tokens from the lane's {@link LodPyramid}; marks (cues, candidates, points) are found by binary search over
 * the visible range and at most one per pixel column is drawn. Entropy estimated from top-k is drawn in a second
 * colour, with its bounds as a light band from the lower to the upper bound (the estimate is the upper bound).
 * State: the raster and two three-float buffers, reused from frame to frame, and the palette; one renderer serves
 * one view. Drawing is FX thread only; {@link #fill} runs anywhere, on one thread at a time.
 */
final class TimelineRenderer {
    private static final Font TITLE = Font.font("System", 12);
    private static final Font SMALL = Font.font("System", 10);
    private final float[] col = new float[3];
    private final float[] band = new float[3];
    private final PlotRaster raster = new PlotRaster();
    private final java.util.Map<String, Double> labelWidths = new java.util.HashMap<>();
    private TimelinePalette pal = TimelinePalette.LIGHT;

    /** The width of a flag's label, measured once per label (labels change only when a replay does). */
    private double labelWidth(String label) {
        if (labelWidths.size() > 256) {
            labelWidths.clear();
        }
        return labelWidths.computeIfAbsent(label, ExitFlags::textWidth);
    }

    /** Uses the dark palette from the next frame on, or the light one. */
    void setDark(boolean dark) {
        pal = dark ? TimelinePalette.DARK : TimelinePalette.LIGHT;
    }

    TimelinePalette palette() {
        return pal;
    }

    PlotRaster raster() {
        return raster;
    }

    /** Fills the raster with every data mark of a frame. Needs no FX thread. */
    void fill(TimelineData d, TimelineViewport v, TimelineLayout l, TimelineOverlay o) {
        raster.begin(l.width(), l.height(), pal.background());
        StructureMarks.fill(raster, pal, d, v, l);
        for (int i = 0; i < l.lanes().size(); i++) {
            Lane lane = d.lane(l.lanes().get(i));
            raster.fillRect(l.plotX(), l.laneY(i), l.plotWidth(), l.laneHeight(), argb(pal.laneBackground()));
            if (lane != null && !lane.isEmpty()) {
                laneData(lane, v, l, l.laneY(i));
                for (LaneThreshold t : o.thresholds()) {
                    double ty = thresholdY(lane, t.value(), l.laneY(i), l.laneHeight());
                    if (t.lane().equals(lane.id()) && ty >= l.laneY(i) && ty <= l.laneY(i) + l.laneHeight()) {
                        for (double x = 0; x < l.plotWidth(); x += 8) {
                            raster.fillRect(l.plotX() + x, ty, Math.min(5, l.plotWidth() - x), 1.5, t.argb());
                        }
                    }
                }
            }
        }
        if (o.hasRange()) {
            double a = Math.max(0, v.xOf(o.rangeFrom()));
            double b = Math.min(l.plotWidth(), v.xOf(o.rangeTo()));
            if (b > a) {
                raster.fillRect(l.plotX() + a, 0, Math.max(1, b - a), l.overviewY() - 2, argb(pal.range()));
            }
        }
        if (o.playhead() >= 0) {
            double a = Math.max(0, v.xOf(o.playhead()));
            if (a < l.plotWidth()) {
                raster.fillRect(l.plotX() + a, 0, l.plotWidth() - a, l.overviewY() - 2, argb(pal.unplayed()));
            }
        }
        if (o.selected() >= 0) {
            raster.fillRect(l.plotX() + v.xOf(o.selected()), 0, Math.max(2, v.pxPerToken()), l.overviewY() - 2,
                    argb(pal.selection()));
        }
        OverviewStrip.fill(raster, pal, d, v, l);
        MatchMarks.fill(raster, pal, o.matches(), o.currentMatch(), v, l);
        ExitFlags.fill(raster, o.exits(), v, l);
    }

    /**
     * Draws a frame; when {@code ahead} holds this very frame's marks (filled by a worker), its pixels are taken
     * over instead of filling the raster again (and {@code ahead} is spent). Returns whether they were.
     */
    boolean draw(GraphicsContext g, TimelineData d, TimelineViewport v, TimelineLayout l, TimelineOverlay o,
                 @Nullable PreparedFrame ahead) {
        boolean used = ahead != null && ahead.fits(d, v, l, pal, o);
        if (used) {
            raster.takeOver(ahead.raster());
        } else {
            fill(d, v, l, o);
        }
        raster.end(g);

        title(g, "Structure", l.structureY(), TimelineLayout.STRUCTURE);
        StructureMarks.outline(g, pal, d, v, l);
        for (int i = 0; i < l.lanes().size(); i++) {
            String id = l.lanes().get(i);
            Lane lane = d.lane(id);
            if (lane == null) {
                title(g, id, l.laneY(i), l.laneHeight());
                centred(g, "This trace has no '" + id + "' lane", l, l.laneY(i));
            } else {
                laneText(g, lane, l, l.laneY(i));
            }
        }
        collapsed(g, d, l);
        thinkEnd(g, d, v, l);
        title(g, "Overview", l.overviewY(), TimelineLayout.OVERVIEW);
        OverviewStrip.outline(g, pal, d, v, l);
        MatchMarks.outline(g, pal, o.matches(), o.currentMatch(), v, l);
        ExitFlags.labels(g, pal, o.exits(), v, l, this::labelWidth);
        return used;
    }

    /** The line naming the chosen lanes without data, grouped by why: "Not in this trace: Entropy — no logprobs". */
    private void collapsed(GraphicsContext g, TimelineData d, TimelineLayout l) {
        if (l.collapsed().isEmpty()) {
            return;
        }
        g.setFill(pal.muted());
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(collapsedText(d, l.collapsed()), 8, l.collapsedY() + TimelineLayout.COLLAPSED / 2,
                l.width() - 16);
    }

    /** "Not in this trace: Entropy (nats), Surprisal (nats) — the trace has no logprobs · Harm score — …". */
    static String collapsedText(TimelineData d, java.util.List<String> ids) {
        java.util.Map<String, java.util.List<String>> byReason = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            Lane lane = d.lane(id);
            String title = lane == null ? id : lane.title();
            String reason = lane == null ? "not in this trace" : lane.emptyText();
            int colon = reason.indexOf(": ");
            if (colon >= 0) {
                reason = reason.substring(colon + 2);
            }
            byReason.computeIfAbsent(reason, k -> new java.util.ArrayList<>()).add(title);
        }
        StringBuilder sb = new StringBuilder("Not in this trace: ");
        String sep = "";
        for (java.util.Map.Entry<String, java.util.List<String>> e : byReason.entrySet()) {
            sb.append(sep).append(String.join(", ", e.getValue())).append(" — ")
                    .append(e.getKey().isEmpty() ? "no data" : Character.toLowerCase(e.getKey().charAt(0))
                            + e.getKey().substring(1));
            sep = " · ";
        }
        return sb.toString();
    }

    /** Where {@code value} lies on a lane, by the same scale its data is drawn with. */
    static double thresholdY(Lane lane, double value, double y, double h) {
        double range = Math.max(1e-9, lane.max() - lane.min());
        if (lane.pointTokens() != null && lane.pyramid() == null) {
            return y + h - 4 - (value - lane.min()) * (h - 8) / range;
        }
        return y + h - 2 - (value - lane.min()) * (h - 4) / range;
    }

    private void laneText(GraphicsContext g, Lane lane, TimelineLayout l, double y) {
        double h = l.laneHeight();
        title(g, lane.title(), y, h);
        if (lane.approximate() != null) {
            g.setFill(pal.approximate());
            g.setFont(SMALL);
            g.setTextBaseline(VPos.TOP);
            g.fillText("orange: from top-k", 8, y + h / 2 + 8, TimelineLayout.MARGIN - 40);
            if (lane.hasBounds() && h >= 44) {
                g.fillText("band: lower–upper bound", 8, y + h / 2 + 19, TimelineLayout.MARGIN - 40);
            }
        }
        g.setFill(pal.muted());
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(format(lane.max()), l.plotX() - 4, y);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(format(lane.min()), l.plotX() - 4, y + h);
        if (lane.isEmpty()) {
            centred(g, lane.emptyText(), l, y);
        }
    }

    private void centred(GraphicsContext g, String text, TimelineLayout l, double y) {
        g.setFill(pal.muted());
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, l.plotX() + l.plotWidth() / 2, y + l.laneHeight() / 2);
    }

    private void laneData(Lane lane, TimelineViewport v, TimelineLayout l, double y) {
        double x0 = l.plotX();
        double w = l.plotWidth();
        double h = l.laneHeight();
        if (lane.pyramid() != null) {
            columns(lane, v, x0, w, y, h);
        } else if (lane.pointTokens() != null) {
            points(lane, v, x0, w, y, h);
        } else {
            bars(lane, v, x0, w, y, h);
        }
    }

    private void columns(Lane lane, TimelineViewport v, double x0, double w, double y, double h) {
        LodPyramid p = lane.pyramid();
        double scale = (h - 4) / Math.max(1e-9, lane.max() - lane.min());
        double base = y + h - 2;
        int series = argb(pal.series());
        int approximate = argb(pal.approximate());
        int approximateRange = argb(pal.approximateRange());
        if (v.pxPerToken() >= 2) {
            int first = (int) Math.floor(v.firstToken());
            int last = Math.min(p.size(), (int) Math.ceil(v.firstToken() + v.visibleTokens()));
            for (int t = Math.max(0, first); t < last; t++) {
                if (p.summarize(t, t + 1, col) == 0) {
                    continue;
                }
                boolean approx = lane.approximate() != null && lane.approximate().get(t);
                double x = v.xOf(t);
                double top = base - (col[2] - lane.min()) * scale;
                double left = Math.max(0, x);
                double right = Math.min(w, x + v.pxPerToken() - 1);
                if (right <= left) {
                    continue;
                }
                if (approx && lane.hasBounds() && lane.bounds().band(t, t + 1, band)) {
                    // solid up to the lower bound, the band from there to the upper bound (the estimate)
                    double low = Math.max(top, base - (band[0] - lane.min()) * scale);
                    raster.fillRect(x0 + left, low, right - left, base - low, approximate);
                    raster.fillRect(x0 + left, top, right - left, Math.max(1, low - top), approximateRange);
                } else {
                    raster.fillRect(x0 + left, top, right - left, base - top, approx ? approximate : series);
                }
            }
            return;
        }
        int seriesRange = argb(pal.seriesRange());
        for (int px = 0; px < (int) w; px++) {
            int from = (int) Math.floor(v.firstToken() + px / v.pxPerToken());
            int to = Math.max(from + 1, (int) Math.floor(v.firstToken() + (px + 1) / v.pxPerToken()));
            if (from >= p.size()) {
                break;
            }
            if (p.summarize(from, to, col) == 0) {
                continue;
            }
            boolean approx = lane.approximate() != null && nextSet(lane.approximate(), from, to);
            if (approx && lane.hasBounds()) {
                bandColumn(lane, from, to, x0 + px, base, scale, approximateRange);
            }
            double yMin = base - (col[0] - lane.min()) * scale;
            double yMax = base - (col[1] - lane.min()) * scale;
            double yMean = base - (col[2] - lane.min()) * scale;
            raster.fillRect(x0 + px, yMax, 1, Math.max(1, yMin - yMax), approx ? approximateRange : seriesRange);
            raster.fillRect(x0 + px, yMean - 1, 1, 2, approx ? approximate : series);
        }
    }

    /** The band of one pixel column: from the lowest lower bound to the highest upper bound of its tokens. */
    private void bandColumn(Lane lane, int from, int to, double x, double base, double scale, int colour) {
        if (!lane.bounds().band(from, to, band)) {
            return;
        }
        double yLow = base - (band[0] - lane.min()) * scale;
        double yHigh = base - (band[1] - lane.min()) * scale;
        raster.fillRect(x, yHigh, 1, Math.max(1, yLow - yHigh), colour);
    }

    /** Probe points: found by binary search, at most the lowest and the highest per pixel column. */
    private void points(Lane lane, TimelineViewport v, double x0, double w, double y, double h) {
        double scale = (h - 8) / Math.max(1e-9, lane.max() - lane.min());
        int colour = argb(pal.point());
        int[] tok = lane.pointTokens();
        float[] val = lane.pointValues();
        int end = (int) Math.ceil(v.firstToken() + v.visibleTokens());
        int k = SortedInts.firstAtLeast(tok, v.firstToken() - 1);
        while (k < tok.length && tok[k] <= end) {
            int column = (int) Math.floor(v.xOf(tok[k] + 0.5));
            float lo = Float.NaN;
            float hi = Float.NaN;
            while (k < tok.length && (int) Math.floor(v.xOf(tok[k] + 0.5)) == column) {
                float value = val[k++];
                if (!Float.isNaN(value)) {
                    lo = Float.isNaN(lo) ? value : Math.min(lo, value);
                    hi = Float.isNaN(hi) ? value : Math.max(hi, value);
                }
            }
            if (column < 0 || column >= w || Float.isNaN(lo)) {
                continue;
            }
            double r = v.pxPerToken() >= 6 ? 3 : 2;
            raster.fillDiamond(x0 + column, y + h - 4 - (lo - lane.min()) * scale, r, colour);
            if (hi != lo) {
                raster.fillDiamond(x0 + column, y + h - 4 - (hi - lane.min()) * scale, r, colour);
            }
        }
    }

    private void bars(Lane lane, TimelineViewport v, double x0, double w, double y, double h) {
        double scale = (h - 4) / Math.max(1e-9, lane.max() - lane.min());
        int colour = argb(pal.bar());
        double drawnTo = -1;
        for (int k = 0; k < lane.barStarts().length; k++) {
            float val = lane.barValues()[k];
            if (Float.isNaN(val)) {
                continue;
            }
            double a = Math.max(0, v.xOf(lane.barStarts()[k]));
            double b = Math.min(w, v.xOf(lane.barEnds()[k]));
            if (b <= 0 || a >= w || b <= drawnTo) {
                continue;
            }
            drawnTo = Math.max(b, Math.floor(a) + 1);
            double top = y + h - 2 - (val - lane.min()) * scale;
            raster.fillRect(x0 + a + 0.5, top, Math.max(1, b - a - 1), y + h - 2 - top, colour);
        }
    }

    private void thinkEnd(GraphicsContext g, TimelineData d, TimelineViewport v, TimelineLayout l) {
        Integer te = d.thinkEnd();
        if (te == null) {
            return;
        }
        double x = v.xOf(te);
        if (x < 0 || x > l.plotWidth()) {
            return;
        }
        g.setStroke(pal.thinkEnd());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(l.plotX() + x, 2, l.plotX() + x, l.overviewY() - 2);
        g.setLineDashes(null);
        g.setFill(pal.thinkEnd());
        g.setFont(SMALL);
        boolean roomRight = x + 50 < l.plotWidth();
        g.setTextAlign(roomRight ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(roomRight ? "answer →" : "← thinking", l.plotX() + x + (roomRight ? 3 : -3), 3);
    }

    /** Outlines the whole view to show it has the keyboard focus. */
    void drawFocus(GraphicsContext g, double w, double h) {
        g.setStroke(pal.series());
        g.setLineWidth(2);
        g.strokeRect(1, 1, w - 2, h - 2);
    }

    private static boolean nextSet(BitSet bits, int from, int to) {
        int n = bits.nextSetBit(from);
        return n >= 0 && n < to;
    }

    static int argb(javafx.scene.paint.Color c) {
        return PlotRaster.premultiplied(c);
    }

    /** An axis label: the whole number, or two decimals (without {@code Formatter}, which is slow to start). */
    static String format(float v) {
        if (!Float.isFinite(v)) {
            return Float.toString(v);
        }
        if (Math.abs(v - Math.round(v)) < 1e-6) {
            return Integer.toString(Math.round(v));
        }
        long cents = Math.round(Math.abs((double) v) * 100);
        long frac = cents % 100;
        StringBuilder b = new StringBuilder(8);
        if (v < 0 && cents != 0) {
            b.append('-');
        }
        return b.append(cents / 100).append(frac < 10 ? ".0" : ".").append(frac).toString();
    }

    private void title(GraphicsContext g, String text, double y, double h) {
        g.setFill(pal.text());
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, 8, y + h / 2, TimelineLayout.MARGIN - 40);
    }
}
