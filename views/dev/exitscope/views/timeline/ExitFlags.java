package dev.exitscope.views.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the policies' exit flags over a timeline frame: a line in the policy's colour through the structure band
 * and every lane at the exit token, a tick on the overview strip, and a label at the top of the plot. Labels that
 * would overlap go to the next row down, so flags on the same pixels stay legible. FX thread only for the labels.
 */
final class ExitFlags {
    private static final Font LABEL = Font.font("System", 11);
    private static final double ROW = 15;
    private static final double PAD = 4;

    private ExitFlags() {
    }

    /** The lines and overview ticks. */
    static void fill(PlotRaster r, List<ExitFlag> flags, TimelineViewport v, TimelineLayout l) {
        int n = v.tokens();
        for (ExitFlag f : flags) {
            double x = v.xOf(f.token());
            if (x >= 0 && x <= l.plotWidth()) {
                r.fillRect(l.plotX() + x - 1, 0, 2, l.overviewY() - 2, f.argb());
            }
            if (n > 0) {
                r.fillRect(l.plotX() + f.token() * l.plotWidth() / n - 1, l.overviewY(), 2, TimelineLayout.OVERVIEW,
                        f.argb());
            }
        }
    }

    /** The labels, placed row by row so that none overlaps another. */
    static void labels(GraphicsContext g, TimelinePalette pal, List<ExitFlag> flags, TimelineViewport v,
                       TimelineLayout l, ToDoubleFunction<String> width) {
        List<Placed> placed = place(flags, v, l, width);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (Placed p : placed) {
            double y = 2 + p.row() * ROW;
            g.setFill(pal.background().deriveColor(0, 1, 1, 0.88));
            g.fillRect(p.x(), y, p.width(), ROW - 1);
            Color c = color(p.flag().argb());
            g.setFill(c);
            g.fillRect(p.x(), y, 3, ROW - 1);
            g.setFill(pal.text());
            g.fillText(p.flag().label(), p.x() + 5, y + 1);
        }
    }

    /** A label's place: its left edge, width and row. */
    record Placed(ExitFlag flag, double x, double width, int row) {
    }

    /** Places the labels of the visible flags left to right, each in the first row where it fits. */
    static List<Placed> place(List<ExitFlag> flags, TimelineViewport v, TimelineLayout l,
                              ToDoubleFunction<String> width) {
        List<ExitFlag> visible = new ArrayList<>();
        for (ExitFlag f : flags) {
            double x = v.xOf(f.token());
            if (x >= 0 && x <= l.plotWidth()) {
                visible.add(f);
            }
        }
        visible.sort(Comparator.comparingInt(ExitFlag::token));
        List<Double> rowEnds = new ArrayList<>();
        List<Placed> out = new ArrayList<>();
        for (ExitFlag f : visible) {
            double w = width.applyAsDouble(f.label()) + 8;
            double x = Math.min(l.plotX() + v.xOf(f.token()), l.plotX() + l.plotWidth() - w);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > x) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, x + w + PAD);
            out.add(new Placed(f, x, w, row));
        }
        return out;
    }

    /** The width of a label in the labels' font; measured, so callers keep what they measured. */
    static double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(LABEL);
        return t.getLayoutBounds().getWidth();
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
