package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the library pane: the trace summaries loaded so far and a status line. FX thread only: the loader
 * computes summaries elsewhere and hands them over in batches.
 */
public final class LibraryViewModel {
    private final ObservableList<TraceSummary> traces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ObservableList<TraceSummary> traces() {
        return FXCollections.unmodifiableObservableList(traces);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Adds a batch of loaded traces. */
    public void addAll(List<TraceSummary> batch) {
        traces.addAll(batch);
        status.set(count(traces.size(), "trace"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Reports inputs that could not be read, one message each, next to the count. */
    public void reportErrors(List<String> messages) {
        if (!messages.isEmpty()) {
            status.set(count(traces.size(), "trace") + "; " + count(messages.size(), "file")
                    + " could not be read: " + messages.get(0));
        }
    }
}
