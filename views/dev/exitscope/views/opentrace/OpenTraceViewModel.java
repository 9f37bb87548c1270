package dev.exitscope.views.opentrace;

import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.tokentext.TokenTextModel;
import dev.exitscope.views.work.LatestWins;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.jspecify.annotations.Nullable;

/**
 * The trace the window shows and how it gets there. {@link #open} reads and prepares a trace on the worker; only the
 * latest open is shown ({@link LatestWins}); a trace whose step redundancy takes seconds is shown first without it,
 * and the timeline follows with it once the first frames are drawn. {@link #cancel} stops the load and keeps what
 * was shown before. Opening another trace clears the token range. The selected token and the range are shared by
 * the views that bind to them. Its methods and properties are for the FX thread; the loader runs on the worker.
 */
public final class OpenTraceViewModel {
    /** How long step redundancy waits for the first frames of a trace before it starts anyway. */
    static final long FIRST_FRAMES_WAIT_SECONDS = 2;

    /** Reads and prepares traces; called on the worker thread. */
    public interface Loader {
        /** The trace of {@code s}, read and prepared to be shown; {@code progress} gets the share read so far. */
        Opened open(TraceSummary s, DoubleConsumer progress) throws Exception;

        /** The timeline of a trace that was opened with its step redundancy pending, now with it. */
        TimelineData withRedundancy(TimelineData first) throws Exception;
    }

    /** What the window shows first, and whether step redundancy must still be computed. */
    public record Opened(TimelineData timeline, TokenTextModel text, boolean redundancyPending) {
    }

    /** Runs an action once the frames showing a newly opened trace have been drawn. */
    @FunctionalInterface
    public interface FirstFrames {
        void afterDrawn(Runnable action);
    }

    private final Loader loader;
    private final Executor worker;
    private final LatestWins loads;
    private final FirstFrames firstFrames;
    private final ReadOnlyObjectWrapper<@Nullable TraceSummary> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<@Nullable TimelineData> timeline = new ReadOnlyObjectWrapper<>(this,
            "timeline");
    private final ReadOnlyObjectWrapper<@Nullable TokenTextModel> text = new ReadOnlyObjectWrapper<>(this, "text");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Select a trace");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper redundancyPending = new ReadOnlyBooleanWrapper(this, "redundancyPending");
    private final IntegerProperty selectedToken = new SimpleIntegerProperty(this, "selectedToken", -1);
    private final IntegerProperty rangeStart = new SimpleIntegerProperty(this, "rangeStart", -1);
    private final IntegerProperty rangeEnd = new SimpleIntegerProperty(this, "rangeEnd", -1);
    private @Nullable Future<?> running;

    /**
     * @param worker      runs the loads
     * @param fx          hands results to the FX thread ({@code Platform::runLater} in the window)
     * @param firstFrames tells when a newly shown trace's first frames are drawn
     */
    public OpenTraceViewModel(Loader loader, Executor worker, Executor fx, FirstFrames firstFrames) {
        this.loader = loader;
        this.worker = worker;
        this.loads = new LatestWins(fx);
        this.firstFrames = firstFrames;
    }

    /** Starts loading {@code s}; a load still running is interrupted and its results are never shown. */
    public void open(TraceSummary s) {
        LatestWins.Ticket ticket = loads.next();
        status.set("Loading " + s.id() + " …");
        progress.set(0);
        loading.set(true);
        FutureTask<Void> task = new FutureTask<>(() -> {
            load(s, ticket);
            return null;
        });
        Future<?> before = running;
        if (before != null) {
            before.cancel(true);
        }
        running = task;
        worker.execute(task);
    }

    private void load(TraceSummary s, LatestWins.Ticket ticket) {
        try {
            Opened first = loader.open(s, f -> ticket.deliver(() -> progress.set(f)));
            CountDownLatch drawn = new CountDownLatch(1);
            ticket.deliver(() -> showFirst(s, first, drawn));
            if (first.redundancyPending()) {
                // embedding keeps both cores busy for seconds: start it once the first frames are drawn
                drawn.await(FIRST_FRAMES_WAIT_SECONDS, TimeUnit.SECONDS);
                TimelineData full = loader.withRedundancy(first.timeline());
                ticket.deliver(() -> showWithRedundancy(s, full));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | OutOfMemoryError e) {
            String message = e instanceof OutOfMemoryError ? "Not enough memory to open " + s.id()
                    + " (start the workbench with a larger -Xmx)" : String.valueOf(e.getMessage());
            ticket.deliver(() -> {
                status.set(message);
                loading.set(false);
            });
        }
    }

    private void showFirst(TraceSummary s, Opened first, CountDownLatch drawn) {
        boolean another = shown.get() != s;
        timeline.set(first.timeline());
        text.set(first.text());
        if (another) {
            rangeStart.set(-1);
            rangeEnd.set(-1);
        }
        firstFrames.afterDrawn(drawn::countDown);
        shown.set(s);
        redundancyPending.set(first.redundancyPending());
        status.set(describe(s) + (first.redundancyPending() ? " · computing step redundancy …" : ""));
        progress.set(-1);
        loading.set(first.redundancyPending());
    }

    private void showWithRedundancy(TraceSummary s, TimelineData full) {
        timeline.set(full);
        redundancyPending.set(false);
        status.set(describe(s));
        loading.set(false);
    }

    /**
     * Stops the running load (its work is interrupted); the trace shown before stays. A trace shown while its step
     * redundancy was still being computed stays without it.
     */
    public void cancel() {
        loads.cancel();
        Future<?> f = running;
        if (f != null) {
            f.cancel(true);
        }
        boolean wasLoading = loading.get();
        loading.set(false);
        TraceSummary before = shown.get();
        if (!wasLoading) {
            return;
        }
        if (before == null) {
            status.set("Loading cancelled");
        } else if (redundancyPending.get()) {
            redundancyPending.set(false);
            status.set(describe(before) + " · step redundancy not computed (cancelled)");
        } else {
            status.set("Loading cancelled · showing " + describe(before));
        }
    }

    /** Replaces the status line, e.g. with a message from elsewhere in the window. */
    public void showStatus(String message) {
        status.set(message);
    }

    private static String describe(TraceSummary s) {
        return s.id() + " · " + s.tokens() + " tokens";
    }

    /** The summary of the trace shown, or null before the first one. */
    public ReadOnlyObjectProperty<@Nullable TraceSummary> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The timeline of the trace shown (with step redundancy once it followed). */
    public ReadOnlyObjectProperty<@Nullable TimelineData> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The token text of the trace shown. */
    public ReadOnlyObjectProperty<@Nullable TokenTextModel> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** One line on what is shown or loading. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a load, or the step redundancy of the trace shown, is under way (and can be cancelled). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The share of the load done, 0 to 1, or -1 when it cannot be told. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the trace shown still waits for its step redundancy. */
    public ReadOnlyBooleanProperty redundancyPendingProperty() {
        return redundancyPending.getReadOnlyProperty();
    }

    /** The token the views share as selected, or -1. */
    public IntegerProperty selectedTokenProperty() {
        return selectedToken;
    }

    /** First token of the selected range, or -1; cleared when another trace opens. */
    public IntegerProperty rangeStartProperty() {
        return rangeStart;
    }

    /** End (exclusive) of the selected range, or -1; cleared when another trace opens. */
    public IntegerProperty rangeEndProperty() {
        return rangeEnd;
    }
}
