package dev.exitscope.views.timeline;

import dev.exitscope.analysis.search.TextMatches;
import java.util.List;

/**
 * What the timeline draws over the lanes of a frame: the selected token, the selected range, find matches, the
 * policies' exit flags and the playback head. One value, compared whole, so that a prepared frame is used only when
 * nothing is drawn over it. Immutable.
 *
 * @param selected     selected token, or -1
 * @param rangeFrom    first token of the selected range, or -1
 * @param rangeTo      end (exclusive) of the selected range, or -1
 * @param matches      find matches to mark
 * @param currentMatch index of the current match among {@code matches}, or -1
 * @param exits        exit flags, in the order the policies are listed
 * @param playhead     tokens played so far (the rest of the trace is dimmed), or -1 when not playing
 * @param thresholds   the enabled policies' thresholds, drawn on their lanes
 */
public record TimelineOverlay(int selected, int rangeFrom, int rangeTo, TextMatches matches, int currentMatch,
                              List<ExitFlag> exits, int playhead, List<LaneThreshold> thresholds) {
    /** Nothing drawn over the lanes. */
    public static final TimelineOverlay NONE = new TimelineOverlay(-1, -1, -1, TextMatches.none(), -1, List.of(), -1,
            List.of());

    public TimelineOverlay {
        exits = List.copyOf(exits);
        thresholds = List.copyOf(thresholds);
    }

    /** Whether a range of at least one token is selected. */
    public boolean hasRange() {
        return rangeFrom >= 0 && rangeTo > rangeFrom;
    }

    /** Whether nothing at all is drawn over the lanes. */
    public boolean isEmpty() {
        return selected < 0 && !hasRange() && matches.count() == 0 && currentMatch < 0 && exits.isEmpty()
                && playhead < 0 && thresholds.isEmpty();
    }
}
