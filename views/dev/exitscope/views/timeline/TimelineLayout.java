package dev.exitscope.views.timeline;

import java.util.List;

/**
 * Vertical layout of the timeline: a structure lane, the numeric lanes that have data in order, one line naming the
 * chosen lanes this trace has no data for ({@code collapsed}), and the overview strip, below a left margin for lane
 * titles. Pure arithmetic; immutable.
 */
record TimelineLayout(double width, double height, List<String> lanes, List<String> collapsed) {
    static final double MARGIN = 150;
    static final double STRUCTURE = 46;
    static final double OVERVIEW = 26;
    static final double GAP = 6;
    /** Height of the line that names the lanes without data. */
    static final double COLLAPSED = 18;

    TimelineLayout {
        lanes = List.copyOf(lanes);
        collapsed = List.copyOf(collapsed);
    }

    /** Every lane drawn, none collapsed. */
    TimelineLayout(double width, double height, List<String> lanes) {
        this(width, height, lanes, List.of());
    }

    private double collapsedRoom() {
        return collapsed.isEmpty() ? 0 : COLLAPSED + GAP;
    }

    /** Top of the line naming the lanes without data (when there are any). */
    double collapsedY() {
        return overviewY() - COLLAPSED - GAP;
    }

    double plotX() {
        return MARGIN;
    }

    double plotWidth() {
        return Math.max(0, width - MARGIN - 8);
    }

    double laneHeight() {
        if (lanes.isEmpty()) {
            return 0;
        }
        double free = height - STRUCTURE - OVERVIEW - collapsedRoom() - GAP * (lanes.size() + 2);
        return Math.max(24, free / lanes.size());
    }

    double structureY() {
        return GAP;
    }

    double laneY(int index) {
        return GAP + STRUCTURE + GAP + index * (laneHeight() + GAP);
    }

    double overviewY() {
        return height - OVERVIEW - GAP;
    }

    /** The lane index at vertical position {@code y}, or -1 (the structure lane and the overview are not lanes). */
    int laneAt(double y) {
        for (int i = 0; i < lanes.size(); i++) {
            double top = laneY(i);
            if (y >= top && y < top + laneHeight()) {
                return i;
            }
        }
        return -1;
    }
}
