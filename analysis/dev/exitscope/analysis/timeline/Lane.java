package dev.exitscope.analysis.timeline;

import org.jspecify.annotations.Nullable;

/**
 * One numeric lane of the timeline: a per-token series summarised by a {@link LodPyramid}, or sparse points
 * (values at a few tokens), or per-step bars. A lane without any value says so through {@link #isEmpty()} and
 * {@link #emptyText()} instead of drawing zeros. Immutable.
 *
 * @param id          stable name ({@code entropy}, {@code surprisal}, {@code rpdi}, {@code redundancy},
 *                    {@code probes}, {@code harm}, {@code series:NAME})
 * @param title       what the lane header says
 * @param pyramid     per-token values, or null for point and bar lanes
 * @param pointTokens tokens of sparse points (rpdi, probes), or null
 * @param pointValues values of sparse points, parallel to {@code pointTokens}
 * @param barStarts   first token of each bar (step redundancy), or null
 * @param barEnds     end (exclusive) of each bar
 * @param barValues   value of each bar (NaN: none)
 * @param approximate per token: whether the value is an estimate (entropy from top-k); null when all exact
 * @param min         lower end of the lane's value axis
 * @param max         upper end of the lane's value axis
 * @param emptyText   what to show when the lane has no value
 * @param bounds      per-token lower and upper bounds of the values (entropy from top-k), the band that holds the
 *                    true value; null when the values are exact
 */
public record Lane(String id, String title, @Nullable LodPyramid pyramid, int @Nullable [] pointTokens,
                   float @Nullable [] pointValues, int @Nullable [] barStarts, int @Nullable [] barEnds,
                   float @Nullable [] barValues, java.util.@Nullable BitSet approximate, float min, float max,
                   String emptyText, @Nullable BoundsPyramid bounds) {

    /** A lane without bounds: its values are exact. */
    public Lane(String id, String title, @Nullable LodPyramid pyramid, int @Nullable [] pointTokens,
                float @Nullable [] pointValues, int @Nullable [] barStarts, int @Nullable [] barEnds,
                float @Nullable [] barValues, java.util.@Nullable BitSet approximate, float min, float max,
                String emptyText) {
        this(id, title, pyramid, pointTokens, pointValues, barStarts, barEnds, barValues, approximate, min, max,
                emptyText, null);
    }

    /** Whether the lane has per-token bounds to draw as a band. */
    public boolean hasBounds() {
        return bounds != null;
    }

    /** Whether the lane has no value to draw. */
    public boolean isEmpty() {
        if (pyramid != null) {
            float[] out = new float[3];
            return pyramid.summarize(0, pyramid.size(), out) == 0;
        }
        if (pointTokens != null) {
            return pointTokens.length == 0;
        }
        if (barValues != null) {
            for (float v : barValues) {
                if (!Float.isNaN(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
