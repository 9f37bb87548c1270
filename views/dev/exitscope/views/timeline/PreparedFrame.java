package dev.exitscope.views.timeline;

import dev.exitscope.analysis.timeline.TimelineData;

/**
 * The data marks of a trace's first frame, filled by the worker that loaded the trace, for the size, lanes and
 * palette the view had then and the fitted viewport with nothing selected, so that the FX thread only copies the
 * pixels. Used only when the frame it is asked for is exactly that one.
 */
record PreparedFrame(TimelineData data, TimelineViewport viewport, TimelineLayout layout, TimelinePalette palette,
                     PlotRaster raster) {

    /** Whether this holds the marks of the frame described by the arguments. */
    boolean fits(TimelineData d, TimelineViewport v, TimelineLayout l, TimelinePalette pal, TimelineOverlay o) {
        return d == data && v.equals(viewport) && l.equals(layout) && pal == palette && o.isEmpty();
    }
}
