package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The key the library sorts by before the table's own column order, so that traces of one file, one question or
 * one sample group sit together; the table marks where each group starts. Immutable; any thread.
 */
public enum LibraryGrouping {
    NONE("none", (a, b) -> 0),
    FILE("file (corpus)", Comparator.comparing(TraceSummary::file, NaturalOrder.INSTANCE)),
    /** Traces with the same question text together; the comparator here is a placeholder, see {@link #order}. */
    QUESTION("question", (a, b) -> 0),
    /**
     * Traces of one sample group of one file together: group ids in natural order ({@code "2"} before {@code "10"}),
     * and a group id that several files use is one group per file.
     */
    GROUP("sample group", Comparator.comparing(TraceSummary::groupId,
            Comparator.nullsLast(NaturalOrder.INSTANCE)).thenComparing(TraceSummary::file));

    private final String label;
    private final Comparator<TraceSummary> order;

    LibraryGrouping(String label, Comparator<TraceSummary> order) {
        this.label = label;
        this.order = order;
    }

    /** The order of the groups; traces within one group compare equal. Questions are not in the summaries. */
    public Comparator<TraceSummary> order(Function<TraceSummary, String> question) {
        return this == QUESTION ? Comparator.comparing(question).thenComparing(TraceSummary::file) : order;
    }

    /** The key that puts a trace in its group: equal keys sit together once sorted by {@link #order}. */
    public String key(TraceSummary s, Function<TraceSummary, String> question) {
        return switch (this) {
            case NONE -> "";
            case FILE -> s.file();
            case QUESTION -> question.apply(s);
            case GROUP -> s.groupId() == null ? "" : s.file() + '\n' + s.groupId();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
