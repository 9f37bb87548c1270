package dev.exitscope.views.timeline;

import dev.exitscope.analysis.text.SortedInts;
import dev.exitscope.analysis.timeline.TimelineData;
import javafx.scene.canvas.GraphicsContext;

/**
 * The structure lane: steps as bars coloured by type with a one-pixel gap between them, reflection cues as
 * triangles, candidate answers as diamonds coloured by correctness, the first correct one larger and ringed. Steps
 * narrower than a pixel share it, and at most one cue and one candidate is drawn per pixel column, each found by
 * binary search over the visible range, so the cost depends on pixels, not tokens. FX thread only.
 */
final class StructureMarks {
    private StructureMarks() {
    }

    static void fill(PlotRaster r, TimelinePalette pal, TimelineData d, TimelineViewport v, TimelineLayout l) {
        double y = l.structureY();
        double h = TimelineLayout.STRUCTURE;
        double x0 = l.plotX();
        double w = l.plotWidth();
        r.fillRect(x0, y, w, h, TimelineRenderer.argb(pal.laneBackground()));
        int lastTok = (int) Math.ceil(v.firstToken() + v.visibleTokens());
        double drawnTo = -1;
        int gap = TimelineRenderer.argb(pal.background());
        for (int k = SortedInts.firstAbove(d.stepEnds(), v.firstToken()); k < d.stepStarts().length; k++) {
            if (d.stepStarts()[k] > lastTok) {
                break;
            }
            double a = Math.max(0, v.xOf(d.stepStarts()[k]));
            double b = Math.min(w, v.xOf(d.stepEnds()[k]));
            if (b <= 0 || a >= w || b <= drawnTo) {
                continue;
            }
            drawnTo = Math.max(b, Math.floor(a) + 1);
            r.fillRect(x0 + a, y + 2, Math.max(1, b - a), h * 0.45, TimelineRenderer.argb(pal.stepColor(
                    d.stepTypes()[k])));
            if (b - a >= 3) {
                r.fillRect(x0 + a, y + 2, 1, h * 0.45, gap);
            }
        }
        int cue = TimelineRenderer.argb(pal.cue());
        int[] cues = d.cueTokens();
        int lastColumn = Integer.MIN_VALUE;
        for (int c = SortedInts.firstAtLeast(cues, v.firstToken() - 1); c < cues.length && cues[c] <= lastTok; c++) {
            double x = v.xOf(cues[c] + 0.5);
            if (x >= 0 && x < w && (int) x != lastColumn) {
                lastColumn = (int) x;
                r.fillTriangleUp(x0 + x, y + h - 2, 4, 8, cue);
            }
        }
        int[] cands = d.candidateTokens();
        lastColumn = Integer.MIN_VALUE;
        for (int k = SortedInts.firstAtLeast(cands, v.firstToken() - 1); k < cands.length && cands[k] <= lastTok; k++) {
            double x = v.xOf(cands[k] + 0.5);
            boolean first = k == d.firstCorrect();
            if (x < 0 || x >= w || (int) x == lastColumn && !first) {
                continue;
            }
            lastColumn = (int) x;
            int state = d.candidateState()[k];
            r.fillDiamond(x0 + x, y + h * 0.72, first ? 7 : 5, TimelineRenderer.argb(state == 1 ? pal.correct()
                    : state == 0 ? pal.wrong() : pal.unknown()));
        }
    }

    /** The ring around the first correct candidate, when it is visible. */
    static void outline(GraphicsContext g, TimelinePalette pal, TimelineData d, TimelineViewport v,
                        TimelineLayout l) {
        int k = d.firstCorrect();
        if (k < 0 || k >= d.candidateTokens().length) {
            return;
        }
        double x = v.xOf(d.candidateTokens()[k] + 0.5);
        if (x < 0 || x >= l.plotWidth()) {
            return;
        }
        double cx = l.plotX() + Math.round(x);
        double cy = Math.round(l.structureY() + TimelineLayout.STRUCTURE * 0.72);
        g.setStroke(pal.text());
        g.setLineWidth(1.5);
        g.strokeOval(cx - 10, cy - 10, 20, 20);
    }
}
