package dev.exitscope.views.find;

import dev.exitscope.analysis.search.TextMatches;
import dev.exitscope.analysis.search.TextSearch;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.work.LatestWins;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * State of find in the trace: the query, case sensitivity, the matches in the current trace and which one is
 * current. Searching runs on the worker executor and its result is applied through the FX executor only if no
 * newer search started meanwhile (latest wins), so typing into a 100,000-token trace never blocks the FX thread.
 * Moving to a match publishes its first token in {@link #targetTokenProperty()}, which the window binds to the
 * shared selection. FX thread only, apart from the search itself.
 */
public final class FindViewModel {
    private final Executor worker;
    private final LatestWins searches;
    private final ObjectProperty<@Nullable Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive", false);
    private final ReadOnlyObjectWrapper<TextMatches> matches =
            new ReadOnlyObjectWrapper<>(this, "matches", TextMatches.none());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyIntegerWrapper targetToken = new ReadOnlyIntegerWrapper(this, "targetToken", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private int anchorToken;
    private IntConsumer onReveal = t -> { };

    /**
     * @param worker runs the searches
     * @param fx runs the hand-over of results on the FX thread ({@code Platform::runLater}; a direct executor in
     *           tests without a toolkit)
     */
    public FindViewModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.searches = new LatestWins(fx);
        trace.addListener(o -> {
            anchorToken = 0;
            apply(TextMatches.none());
            search();
        });
        query.addListener(o -> search());
        caseSensitive.addListener(o -> search());
    }

    /** The trace searched; setting it searches it again for the current query. */
    public ObjectProperty<@Nullable Trace> traceProperty() {
        return trace;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    /** The matches of the latest finished search. */
    public ReadOnlyObjectProperty<TextMatches> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public TextMatches getMatches() {
        return matches.get();
    }

    /** Index of the current match, -1 when there is none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int getCurrent() {
        return current.get();
    }

    /** First token of the current match, -1 when there is none; follow it with the selection. */
    public ReadOnlyIntegerProperty targetTokenProperty() {
        return targetToken.getReadOnlyProperty();
    }

    /** "3 of 17", "No matches", or empty for an empty query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /**
     * Where the next search starts looking: its first current match is the first one at or after this token
     * (the selected token, typically), wrapping to the first match.
     */
    public void setAnchorToken(int token) {
        anchorToken = Math.max(0, token);
    }

    /**
     * Called with the first token of the current match every time a match is made current — also when it is the
     * same match again (Enter with a single match brings the view back to it).
     */
    public void setOnReveal(IntConsumer action) {
        onReveal = action;
    }

    /**
     * Makes the first match at or after the anchor token current again, for a find bar reopened with the same
     * query after the user moved elsewhere.
     */
    public void reanchor() {
        TextMatches m = matches.get();
        if (m.count() > 0) {
            int k = m.firstEndingAfter(anchorToken);
            setCurrent(k < m.count() ? k : 0);
        }
    }

    /** Moves to the next match, wrapping after the last. */
    public void next() {
        step(1);
    }

    /** Moves to the previous match, wrapping before the first. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int n = matches.get().count();
        if (n == 0) {
            return;
        }
        int c = current.get();
        setCurrent(c < 0 ? (by > 0 ? 0 : n - 1) : Math.floorMod(c + by, n));
    }

    private void search() {
        LatestWins.Ticket ticket = searches.next();
        Trace t = trace.get();
        String q = query.get();
        boolean cs = caseSensitive.get();
        if (t == null || q.isEmpty()) {
            apply(TextMatches.none());
            return;
        }
        worker.execute(() -> {
            TextMatches found = TextSearch.find(t, q, cs, ticket.superseded());
            ticket.deliver(() -> apply(found));
        });
    }

    private void apply(TextMatches found) {
        matches.set(found);
        if (found.count() == 0) {
            setCurrent(-1);
            return;
        }
        int k = found.firstEndingAfter(anchorToken);
        setCurrent(k < found.count() ? k : 0);
    }

    private void setCurrent(int k) {
        current.set(k);
        TextMatches m = matches.get();
        targetToken.set(k < 0 ? -1 : m.firstToken(k));
        status.set(m.query().isEmpty() ? "" : m.count() == 0 ? "No matches"
                : (k + 1) + " of " + m.count() + (m.truncated() ? "+" : ""));
        if (k >= 0) {
            anchorToken = m.firstToken(k);
            onReveal.accept(m.firstToken(k));
        }
    }
}
