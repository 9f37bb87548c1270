package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.jspecify.annotations.Nullable;

/**
 * State of the library pane: the trace summaries loaded so far, the filter and grouping the user chose, the rows
 * that pass them in display order, the progress of running imports and a status line. Filtering matches a
 * case-insensitive substring of the id, model, final answer, gold answer or question text (the loader hands the
 * question texts over with each batch; summaries do not hold them). FX thread only: the loader computes
 * summaries elsewhere and hands them over in batches.
 */
public final class LibraryViewModel {
    private static final String NOTHING_LOADED = "No traces loaded";
    private final ObservableList<TraceSummary> traces = FXCollections.observableArrayList();
    private final FilteredList<TraceSummary> filtered = new FilteredList<>(traces);
    private final SortedList<TraceSummary> sorted = new SortedList<>(filtered);
    private final Map<TraceSummary, String> questions = new HashMap<>();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObservableList<String> errorsView = FXCollections.unmodifiableObservableList(errors);
    private final Map<String, String> fileLabels = new HashMap<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", NOTHING_LOADED);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty searchText = new SimpleBooleanProperty(this, "searchText", false);
    private final ReadOnlyStringWrapper textQuery = new ReadOnlyStringWrapper(this, "textQuery", "");
    private final ReadOnlyBooleanWrapper textSearching = new ReadOnlyBooleanWrapper(this, "textSearching", false);
    private String textHitsFor = "";
    private Set<TraceSummary> textHits = Set.of();
    private final ObjectProperty<CorrectFilter> correctFilter =
            new SimpleObjectProperty<>(this, "correctFilter", CorrectFilter.ALL);
    private final ObjectProperty<LibraryGrouping> grouping =
            new SimpleObjectProperty<>(this, "grouping", LibraryGrouping.NONE);
    private final ObjectProperty<@Nullable Comparator<TraceSummary>> columnOrder =
            new SimpleObjectProperty<>(this, "columnOrder");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final List<Worker<?>> running = new ArrayList<>();
    private boolean cancelled;

    public LibraryViewModel() {
        filterText.addListener(o -> {
            refilter();
            updateTextQuery();
        });
        searchText.addListener(o -> {
            refilter();
            updateTextQuery();
        });
        correctFilter.addListener(o -> {
            refilter();
            updateStatus();
        });
        grouping.addListener(o -> reorder());
        columnOrder.addListener(o -> reorder());
        filtered.addListener((ListChangeListener<TraceSummary>) c -> updateStatus());
    }

    /** Every loaded trace, in load order, whatever the filter. */
    public ObservableList<TraceSummary> traces() {
        return FXCollections.unmodifiableObservableList(traces);
    }

    /** The traces that pass the filter, grouped and then in the order of {@link #columnOrderProperty()}. */
    public ObservableList<TraceSummary> visibleTraces() {
        return sorted;
    }

    /** The text every visible trace contains in its id, model, final answer, gold answer or question. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public void setFilterText(String text) {
        filterText.set(text);
    }

    /** Whether the filter text is also looked for in the traces' own text (a scan of the files, off the FX thread). */
    public BooleanProperty searchTextProperty() {
        return searchText;
    }

    /**
     * The text the traces' own text must be scanned for: the lower-cased filter text while {@link
     * #searchTextProperty()} is on, else empty. Whoever owns the files scans them and reports through {@link
     * #setTextHits(String, Set)}.
     */
    public ReadOnlyStringProperty textQueryProperty() {
        return textQuery.getReadOnlyProperty();
    }

    /** True from a text query's change until its hits arrive. */
    public ReadOnlyBooleanProperty textSearchingProperty() {
        return textSearching.getReadOnlyProperty();
    }

    /** The traces whose text contains {@code query}; ignored unless {@code query} is still the current text query. */
    public void setTextHits(String query, Set<TraceSummary> hits) {
        if (!query.equals(textQuery.get())) {
            return;
        }
        textHitsFor = query;
        textHits = Set.copyOf(hits);
        textSearching.set(false);
        refilter();
        updateStatus();
    }

    public ObjectProperty<CorrectFilter> correctFilterProperty() {
        return correctFilter;
    }

    public void setCorrectFilter(CorrectFilter filter) {
        correctFilter.set(filter);
    }

    public ObjectProperty<LibraryGrouping> groupingProperty() {
        return grouping;
    }

    public void setGrouping(LibraryGrouping g) {
        grouping.set(g);
    }

    /** The order the user chose by clicking column headers; the view binds it to its table's comparator. */
    public ObjectProperty<@Nullable Comparator<TraceSummary>> columnOrderProperty() {
        return columnOrder;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** True while an import is running or waiting to run. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Progress of the latest import from 0 to 1, or -1 while its size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** Adds a batch of loaded traces. */
    public void addAll(List<TraceSummary> batch) {
        addAll(batch, Map.of());
    }

    /** Adds a batch of loaded traces with the question text of those that have one, for the filter to search. */
    public void addAll(List<TraceSummary> batch, Map<TraceSummary, String> questionTexts) {
        questionTexts.forEach((s, q) -> questions.put(s, q.toLowerCase(Locale.ROOT)));
        boolean newFile = false;
        for (TraceSummary s : batch) {
            newFile |= !fileLabels.containsKey(s.file());
            fileLabels.putIfAbsent(s.file(), "");
        }
        if (newFile) {
            fileLabels.putAll(FileLabels.of(fileLabels.keySet()));
        }
        traces.addAll(batch);
        updateStatus();
    }

    /**
     * How the library names the file of a trace: its file name, or as many of its last path parts as it takes to
     * tell it from other loaded files of the same name ({@code a/run.jsonl}, {@code b/run.jsonl}).
     */
    public String fileLabel(TraceSummary s) {
        String label = fileLabels.get(s.file());
        return label == null || label.isEmpty() ? FileLabels.of(List.of(s.file())).get(s.file()) : label;
    }

    /** Reports inputs that could not be read, one message each, next to the count. */
    public void reportErrors(List<String> messages) {
        errors.addAll(messages);
        updateStatus();
    }

    /** Every message about an input that could not be read, in the order they came, each naming its file. */
    public ObservableList<String> errors() {
        return errorsView;
    }

    /**
     * What the table shows when it has no rows: that nothing is loaded, or, when traces are loaded but the filter
     * hides them all, that none matches it and what the filter is.
     */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /**
     * Follows an import until it ends: its progress and message become this model's, and {@link #cancelLoading()}
     * cancels it. Call before the worker starts.
     */
    public void track(Worker<?> worker) {
        running.add(worker);
        cancelled = false;
        progress.bind(worker.progressProperty());
        progressMessage.bind(worker.messageProperty());
        worker.stateProperty().addListener((o, before, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                    || state == Worker.State.CANCELLED) {
                running.remove(worker);
                cancelled |= state == Worker.State.CANCELLED;
                loading.set(!running.isEmpty());
                updateStatus();
            }
        });
        loading.set(true);
        updateStatus();
    }

    /** Cancels every running or waiting import; a running one stops after the file it is reading. */
    public void cancelLoading() {
        for (Worker<?> w : List.copyOf(running)) {
            if (w instanceof Task<?> task) {
                task.cancel(false);
            } else {
                w.cancel();
            }
        }
    }

    private void refilter() {
        filtered.setPredicate(predicate());
    }

    private Predicate<TraceSummary> predicate() {
        String text = filterText.get();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        CorrectFilter correct = correctFilter.get() == null ? CorrectFilter.ALL : correctFilter.get();
        return s -> correct.accepts(s.correct()) && (needle.isEmpty() || matches(s, needle));
    }

    private boolean matches(TraceSummary s, String needle) {
        return contains(s.id(), needle) || contains(s.model(), needle) || contains(s.finalAnswer(), needle)
                || contains(s.gold(), needle) || questions.getOrDefault(s, "").contains(needle)
                || searchText.get() && needle.equals(textHitsFor) && textHits.contains(s);
    }

    private void updateTextQuery() {
        String text = filterText.get();
        String needle = !searchText.get() || text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!needle.equals(textQuery.get())) {
            textQuery.set(needle);
            textSearching.set(!needle.isEmpty());
            updateStatus();
        }
    }

    /** Whether visible row {@code row} starts a group (always false without grouping or for the first row). */
    public boolean startsGroup(int row) {
        LibraryGrouping g = grouping.get() == null ? LibraryGrouping.NONE : grouping.get();
        if (g == LibraryGrouping.NONE || row <= 0 || row >= sorted.size()) {
            return false;
        }
        return !g.key(sorted.get(row), this::questionOf).equals(g.key(sorted.get(row - 1), this::questionOf));
    }

    /**
     * How many groups the visible rows form under the chosen grouping (0 without grouping); traces without the
     * key (no sample group, no question) sit together but are not counted as a group.
     */
    public int groupCount() {
        LibraryGrouping g = grouping.get() == null ? LibraryGrouping.NONE : grouping.get();
        int groups = 0;
        if (g != LibraryGrouping.NONE) {
            for (int row = 0; row < sorted.size(); row++) {
                if ((row == 0 || startsGroup(row)) && !g.key(sorted.get(row), this::questionOf).isEmpty()) {
                    groups++;
                }
            }
        }
        return groups;
    }

    /** The question text of a trace, lower-cased, or empty; for grouping by question. */
    String questionOf(TraceSummary s) {
        return questions.getOrDefault(s, "");
    }

    private static boolean contains(@Nullable String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void reorder() {
        LibraryGrouping g = grouping.get() == null ? LibraryGrouping.NONE : grouping.get();
        Comparator<TraceSummary> columns = columnOrder.get();
        Comparator<TraceSummary> groups = g.order(this::questionOf);
        Comparator<TraceSummary> order = columns == null ? groups : groups.thenComparing(columns);
        sorted.setComparator(g == LibraryGrouping.NONE && columns == null ? null : order);
        updateStatus();
    }

    private void updateStatus() {
        int shown = filtered.size();
        int total = traces.size();
        StringBuilder text = new StringBuilder();
        text.append(shown == total ? count(total, "trace") : shown + " of " + count(total, "trace"));
        int groups = groupCount();
        if (groups > 0) {
            text.append(" in ").append(count(groups, "group"));
        }
        if (textSearching.get()) {
            text.append(" · searching the trace texts …");
        }
        if (!errors.isEmpty()) {
            text.append("; ").append(count(errors.size(), "file")).append(" could not be read: ").append(errors.get(0));
        }
        if (cancelled && !loading.get()) {
            text.append(" · loading cancelled");
        }
        status.set(text.toString());
        placeholder.set(total == 0 ? NOTHING_LOADED : "No traces match the filter" + describeFilter());
    }

    private String describeFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip();
        CorrectFilter correct = correctFilter.get() == null ? CorrectFilter.ALL : correctFilter.get();
        StringBuilder out = new StringBuilder();
        if (!text.isEmpty()) {
            out.append(" \u201c").append(text).append('\u201d');
            if (searchText.get()) {
                out.append(" (also in the trace texts)");
            }
        }
        if (correct != CorrectFilter.ALL) {
            out.append(text.isEmpty() ? " " : ", ").append("correct: ").append(correct);
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
