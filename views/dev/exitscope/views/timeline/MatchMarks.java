package dev.exitscope.views.timeline;

import dev.exitscope.analysis.search.TextMatches;
import javafx.scene.canvas.GraphicsContext;

/**
 * Draws find matches over a timeline frame: a tick per pixel column of the overview strip that holds a match
 * (over the whole trace), and for each visible match a faint band through the plot with a bar at its top, one per
 * pixel column at most, the current match outlined. Each column costs one binary search, so a frame costs
 * O(pixels · log matches) however many matches there are. FX thread only.
 */
final class MatchMarks {
    private MatchMarks() {
    }

    static void fill(PlotRaster r, TimelinePalette pal, TextMatches m, int current, TimelineViewport v,
                     TimelineLayout l) {
        int n = v.tokens();
        if (m.count() == 0 || n == 0) {
            return;
        }
        double x0 = l.plotX();
        double w = l.plotWidth();
        double oy = l.overviewY();
        int match = TimelineRenderer.argb(pal.match());
        int band = TimelineRenderer.argb(pal.matchBand());
        for (int px = 0; px < (int) w; px++) {
            int from = (int) Math.floor(px * (double) n / w);
            int to = Math.max(from + 1, (int) Math.floor((px + 1) * (double) n / w));
            if (m.anyIn(from, to)) {
                r.fillRect(x0 + px, oy, 1, 7, match);
            }
        }
        int end = (int) Math.min(n, Math.ceil(v.firstToken() + v.visibleTokens()));
        int k = m.firstEndingAfter((int) Math.floor(v.firstToken()));
        while (k < m.count() && m.firstToken(k) < end) {
            double a = Math.max(0, v.xOf(m.firstToken(k)));
            double b = Math.min(w, v.xOf(m.endToken(k)));
            r.fillRect(x0 + a, 0, Math.max(1, b - a), oy - 2, band);
            r.fillRect(x0 + a, 0, Math.max(2, b - a), 5, match);
            int nextColumnToken = v.tokenAt(Math.floor(a) + 1);
            k = nextColumnToken < 0 ? m.count() : Math.max(k + 1, m.firstEndingAfter(nextColumnToken));
        }
        if (current >= 0 && current < m.count()) {
            r.fillRect(x0 + m.firstToken(current) * w / n - 1, oy, 3, 10, TimelineRenderer.argb(pal.matchCurrent()));
        }
    }

    /** The outline of the current match in the plot, when it is visible. */
    static void outline(GraphicsContext g, TimelinePalette pal, TextMatches m, int current, TimelineViewport v,
                        TimelineLayout l) {
        if (current < 0 || current >= m.count()) {
            return;
        }
        double x0 = l.plotX();
        double w = l.plotWidth();
        double a = x0 + v.xOf(m.firstToken(current));
        double b = x0 + v.xOf(m.endToken(current));
        if (b >= x0 && a <= x0 + w) {
            g.setStroke(pal.matchCurrent());
            g.setLineWidth(2);
            g.strokeRect(Math.max(x0, a), 1, Math.max(2, Math.min(x0 + w, b) - Math.max(x0, a)), l.overviewY() - 4);
        }
    }
}
