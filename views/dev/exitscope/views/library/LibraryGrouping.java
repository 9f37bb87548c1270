package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.Comparator;

/**
 * The key the library sorts by before the table's own column order, so that traces of one file or of one sample
 * group sit together. Immutable; any thread.
 */
public enum LibraryGrouping {
    NONE("none", (a, b) -> 0),
    FILE("file", Comparator.comparing(TraceSummary::file)),
    GROUP("sample group", Comparator.comparing(TraceSummary::groupId,
            Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(TraceSummary::file));

    private final String label;
    private final Comparator<TraceSummary> order;

    LibraryGrouping(String label, Comparator<TraceSummary> order) {
        this.label = label;
        this.order = order;
    }

    /** The order of the groups; traces within one group compare equal. */
    public Comparator<TraceSummary> order() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }
}
