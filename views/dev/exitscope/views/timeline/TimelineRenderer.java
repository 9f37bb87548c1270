package dev.exitscope.views.timeline;

import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.LodPyramid;
import dev.exitscope.analysis.timeline.TimelineData;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one timeline frame. Cost depends on pixels, not tokens: zoomed out, each pixel column of a lane shows the
 * min–max range and the mean of its tokens from the lane's {@link LodPyramid}; zoomed in, each token is a bar.
 * Entropy estimated from top-k is drawn in a second colour. Steps, cues and candidates are found by binary search
 * over the visible range, and steps narrower than a pixel share it, so the structure lane and the overview cost
 * O(pixels) too. Its state is a reused three-float buffer and the palette, so one renderer serves one view. FX
 * thread only.
 */
final class TimelineRenderer {
    private static final Font TITLE = Font.font("System", 12);
    private static final Font SMALL = Font.font("System", 10);
    private final float[] col = new float[3];
    private TimelinePalette pal = TimelinePalette.LIGHT;

    /** Uses the dark palette from the next frame on, or the light one. */
    void setDark(boolean dark) {
        pal = dark ? TimelinePalette.DARK : TimelinePalette.LIGHT;
    }

    /** Outlines the whole view to show it has the keyboard focus. */
    void drawFocus(GraphicsContext g, double w, double h) {
        g.setStroke(pal.series());
        g.setLineWidth(2);
        g.strokeRect(1, 1, w - 2, h - 2);
    }

    TimelinePalette palette() {
        return pal;
    }

    void draw(GraphicsContext g, TimelineData d, TimelineViewport v, TimelineLayout l, int selected, int rangeFrom,
              int rangeTo) {
        g.setFill(pal.background());
        g.fillRect(0, 0, l.width(), l.height());
        structure(g, d, v, l);
        for (int i = 0; i < l.lanes().size(); i++) {
            Lane lane = d.lane(l.lanes().get(i));
            if (lane != null) {
                lane(g, lane, v, l, l.laneY(i));
            } else {
                missingLane(g, l.lanes().get(i), l, l.laneY(i));
            }
        }
        thinkEnd(g, d, v, l);
        if (rangeFrom >= 0 && rangeTo > rangeFrom) {
            double a = Math.max(0, v.xOf(rangeFrom));
            double b = Math.min(l.plotWidth(), v.xOf(rangeTo));
            if (b > a) {
                g.setFill(pal.range());
                g.fillRect(l.plotX() + a, 0, Math.max(1, b - a), l.overviewY() - 2);
            }
        }
        if (selected >= 0) {
            double x = l.plotX() + v.xOf(selected);
            g.setFill(pal.selection());
            g.fillRect(x, 0, Math.max(2, v.pxPerToken()), l.overviewY() - 2);
        }
        overview(g, d, v, l);
    }

    private void structure(GraphicsContext g, TimelineData d, TimelineViewport v, TimelineLayout l) {
        double y = l.structureY();
        double h = TimelineLayout.STRUCTURE;
        title(g, "Structure", y, h);
        double x0 = l.plotX();
        double w = l.plotWidth();
        g.setFill(pal.laneBackground());
        g.fillRect(x0, y, w, h);
        int lastTok = (int) Math.ceil(v.firstToken() + v.visibleTokens());
        double drawnTo = -1;
        for (int k = firstEndingAfter(d.stepEnds(), v.firstToken()); k < d.stepStarts().length; k++) {
            if (d.stepStarts()[k] > lastTok) {
                break;
            }
            double a = Math.max(0, v.xOf(d.stepStarts()[k]));
            double b = Math.min(w, v.xOf(d.stepEnds()[k]));
            if (b <= 0 || a >= w || b <= drawnTo) {
                continue;
            }
            drawnTo = Math.max(b, Math.floor(a) + 1);
            g.setFill(pal.stepColor(d.stepTypes()[k]));
            g.fillRect(x0 + a, y + 2, Math.max(1, b - a), h * 0.45);
            g.setStroke(pal.background());
            g.setLineWidth(1);
            g.strokeLine(x0 + a, y + 2, x0 + a, y + 2 + h * 0.45);
        }
        g.setFill(pal.cue());
        int[] cues = d.cueTokens();
        for (int c = firstAtOrAfter(cues, v.firstToken() - 1); c < cues.length && cues[c] <= lastTok; c++) {
            double x = v.xOf(cues[c] + 0.5);
            if (x >= 0 && x < w) {
                g.fillPolygon(new double[] {x0 + x - 4, x0 + x + 4, x0 + x},
                        new double[] {y + h - 2, y + h - 2, y + h - 10}, 3);
            }
        }
        int[] cands = d.candidateTokens();
        for (int k = firstAtOrAfter(cands, v.firstToken() - 1); k < cands.length && cands[k] <= lastTok; k++) {
            double x = v.xOf(cands[k] + 0.5);
            if (x < 0 || x >= w) {
                continue;
            }
            int state = d.candidateState()[k];
            g.setFill(state == 1 ? pal.correct() : state == 0 ? pal.wrong()
                    : pal.unknown());
            double r = k == d.firstCorrect() ? 7 : 5;
            double cy = y + h * 0.72;
            g.fillPolygon(new double[] {x0 + x - r, x0 + x, x0 + x + r, x0 + x},
                    new double[] {cy, cy - r, cy, cy + r}, 4);
            if (k == d.firstCorrect()) {
                g.setStroke(pal.text());
                g.setLineWidth(1.5);
                g.strokeOval(x0 + x - r - 3, cy - r - 3, 2 * r + 6, 2 * r + 6);
            }
        }
    }

    /** A lane chosen earlier (a series of another trace, say) that this trace does not have. */
    private void missingLane(GraphicsContext g, String id, TimelineLayout l, double y) {
        double h = l.laneHeight();
        title(g, id, y, h);
        g.setFill(pal.laneBackground());
        g.fillRect(l.plotX(), y, l.plotWidth(), h);
        g.setFill(pal.muted());
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("This trace has no '" + id + "' lane", l.plotX() + l.plotWidth() / 2, y + h / 2);
    }

    private void lane(GraphicsContext g, Lane lane, TimelineViewport v, TimelineLayout l, double y) {
        double h = l.laneHeight();
        title(g, lane.title(), y, h);
        if (lane.approximate() != null) {
            g.setFill(pal.approximate());
            g.setFont(SMALL);
            g.setTextBaseline(VPos.TOP);
            g.fillText("orange: from top-k", 8, y + h / 2 + 8, TimelineLayout.MARGIN - 40);
        }
        double x0 = l.plotX();
        double w = l.plotWidth();
        g.setFill(pal.laneBackground());
        g.fillRect(x0, y, w, h);
        axis(g, lane, x0, y, h);
        if (lane.isEmpty()) {
            g.setFill(pal.muted());
            g.setFont(TITLE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(lane.emptyText(), x0 + w / 2, y + h / 2);
            return;
        }
        if (lane.pyramid() != null) {
            columns(g, lane, v, x0, w, y, h);
        } else if (lane.pointTokens() != null) {
            points(g, lane, v, x0, w, y, h);
        } else {
            bars(g, lane, v, x0, w, y, h);
        }
    }

    private void columns(GraphicsContext g, Lane lane, TimelineViewport v, double x0, double w, double y, double h) {
        LodPyramid p = lane.pyramid();
        double scale = (h - 4) / Math.max(1e-9, lane.max() - lane.min());
        double base = y + h - 2;
        if (v.pxPerToken() >= 2) {
            int first = (int) Math.floor(v.firstToken());
            int last = Math.min(p.size(), (int) Math.ceil(v.firstToken() + v.visibleTokens()));
            for (int t = Math.max(0, first); t < last; t++) {
                if (p.summarize(t, t + 1, col) == 0) {
                    continue;
                }
                boolean approx = lane.approximate() != null && lane.approximate().get(t);
                g.setFill(approx ? pal.approximate() : pal.series());
                double x = v.xOf(t);
                double top = base - (col[2] - lane.min()) * scale;
                double left = Math.max(0, x);
                double right = Math.min(w, x + v.pxPerToken() - 1);
                if (right > left) {
                    g.fillRect(x0 + left, top, right - left, base - top);
                }
            }
            return;
        }
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
            double yMin = base - (col[0] - lane.min()) * scale;
            double yMax = base - (col[1] - lane.min()) * scale;
            double yMean = base - (col[2] - lane.min()) * scale;
            g.setFill(approx ? pal.approximateRange() : pal.seriesRange());
            g.fillRect(x0 + px, yMax, 1, Math.max(1, yMin - yMax));
            g.setFill(approx ? pal.approximate() : pal.series());
            g.fillRect(x0 + px, yMean - 1, 1, 2);
        }
    }

    /** Index of the first step whose end lies after token {@code t} (steps are sorted and contiguous). */
    private static int firstEndingAfter(int[] ends, double t) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first sorted token at or after {@code t}. */
    private static int firstAtOrAfter(int[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean nextSet(java.util.BitSet bits, int from, int to) {
        int n = bits.nextSetBit(from);
        return n >= 0 && n < to;
    }

    private void points(GraphicsContext g, Lane lane, TimelineViewport v, double x0, double w, double y,
                               double h) {
        double scale = (h - 8) / Math.max(1e-9, lane.max() - lane.min());
        g.setFill(pal.point());
        int[] tok = lane.pointTokens();
        float[] val = lane.pointValues();
        for (int k = 0; k < tok.length; k++) {
            double x = v.xOf(tok[k] + 0.5);
            if (x < 0 || x >= w || Float.isNaN(val[k])) {
                continue;
            }
            double cy = y + h - 4 - (val[k] - lane.min()) * scale;
            g.fillOval(x0 + x - 3, cy - 3, 6, 6);
        }
    }

    private void bars(GraphicsContext g, Lane lane, TimelineViewport v, double x0, double w, double y,
                             double h) {
        double scale = (h - 4) / Math.max(1e-9, lane.max() - lane.min());
        g.setFill(pal.bar());
        for (int k = 0; k < lane.barStarts().length; k++) {
            float val = lane.barValues()[k];
            if (Float.isNaN(val)) {
                continue;
            }
            double a = Math.max(0, v.xOf(lane.barStarts()[k]));
            double b = Math.min(w, v.xOf(lane.barEnds()[k]));
            if (b <= 0 || a >= w) {
                continue;
            }
            double top = y + h - 2 - (val - lane.min()) * scale;
            g.fillRect(x0 + a + 0.5, top, Math.max(1, b - a - 1), y + h - 2 - top);
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

    private void overview(GraphicsContext g, TimelineData d, TimelineViewport v, TimelineLayout l) {
        double y = l.overviewY();
        double h = TimelineLayout.OVERVIEW;
        double x0 = l.plotX();
        double w = l.plotWidth();
        title(g, "Overview", y, h);
        g.setFill(pal.laneBackground());
        g.fillRect(x0, y, w, h);
        int n = d.trace().tokenCount();
        if (n == 0) {
            return;
        }
        int[] ends = d.stepEnds();
        int px = 0;
        while (px < (int) w && ends.length > 0) {
            int k = firstEndingAfter(ends, (px + 0.5) * n / w);
            if (k >= ends.length) {
                break;
            }
            int until = Math.max(px + 1, (int) Math.ceil(ends[k] * w / n));
            g.setFill(pal.stepColor(d.stepTypes()[k]));
            g.fillRect(x0 + px, y + 2, Math.min(until, (int) w) - px, h - 4);
            px = until;
        }
        double a = v.firstToken() * w / n;
        double b = Math.min(n, v.firstToken() + v.visibleTokens()) * w / n;
        g.setFill(pal.viewport());
        g.fillRect(x0 + a, y, Math.max(2, b - a), h);
        g.setStroke(pal.series());
        g.setLineWidth(1.5);
        g.strokeRect(x0 + a, y + 0.75, Math.max(2, b - a), h - 1.5);
    }

    private void axis(GraphicsContext g, Lane lane, double x0, double y, double h) {
        g.setFill(pal.muted());
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(format(lane.max()), x0 - 4, y);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(format(lane.min()), x0 - 4, y + h);
    }

    private static String format(float v) {
        return Math.abs(v - Math.round(v)) < 1e-6 ? Integer.toString(Math.round(v))
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private void title(GraphicsContext g, String text, double y, double h) {
        g.setFill(pal.text());
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, 8, y + h / 2, TimelineLayout.MARGIN - 40);
    }
}
