package dev.exitscope.views.timeline;

import dev.exitscope.analysis.text.SortedInts;
import dev.exitscope.analysis.timeline.TimelineData;
import javafx.scene.canvas.GraphicsContext;

/**
 * The overview strip under the lanes: the whole trace's steps coloured by type, one run of pixels per step (steps
 * narrower than a pixel share it), and the viewport's rectangle. FX thread only.
 */
final class OverviewStrip {
    private OverviewStrip() {
    }

    static void fill(PlotRaster r, TimelinePalette pal, TimelineData d, TimelineViewport v, TimelineLayout l) {
        double y = l.overviewY();
        double h = TimelineLayout.OVERVIEW;
        double x0 = l.plotX();
        double w = l.plotWidth();
        r.fillRect(x0, y, w, h, TimelineRenderer.argb(pal.laneBackground()));
        int n = d.trace().tokenCount();
        if (n == 0) {
            return;
        }
        int[] ends = d.stepEnds();
        int px = 0;
        while (px < (int) w && ends.length > 0) {
            int k = SortedInts.firstAbove(ends, (px + 0.5) * n / w);
            if (k >= ends.length) {
                break;
            }
            int until = Math.max(px + 1, (int) Math.ceil(ends[k] * w / n));
            r.fillRect(x0 + px, y + 2, Math.min(until, (int) w) - px, h - 4,
                    TimelineRenderer.argb(pal.stepColor(d.stepTypes()[k])));
            px = until;
        }
        double a = v.firstToken() * w / n;
        double b = Math.min(n, v.firstToken() + v.visibleTokens()) * w / n;
        r.fillRect(x0 + a, y, Math.max(2, b - a), h, TimelineRenderer.argb(pal.viewport()));
    }

    static void outline(GraphicsContext g, TimelinePalette pal, TimelineData d, TimelineViewport v,
                        TimelineLayout l) {
        int n = d.trace().tokenCount();
        if (n == 0) {
            return;
        }
        double w = l.plotWidth();
        double a = v.firstToken() * w / n;
        double b = Math.min(n, v.firstToken() + v.visibleTokens()) * w / n;
        g.setStroke(pal.series());
        g.setLineWidth(1.5);
        g.strokeRect(l.plotX() + a, l.overviewY() + 0.75, Math.max(2, b - a), TimelineLayout.OVERVIEW - 1.5);
    }
}
