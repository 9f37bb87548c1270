package dev.exitscope.app;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.library.LibraryView;
import dev.exitscope.views.library.LibraryViewModel;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextModel;
import dev.exitscope.views.tokentext.TokenTextView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The main window: the trace library on the left; on the right the timeline of the selected trace above its
 * token text, the two sharing one selected token. Selecting a trace loads it and its signals on the worker; only
 * the latest selection is shown (earlier loads that finish late are dropped). FX thread only.
 */
final class WorkbenchWindow {
    private final LibraryViewModel library = new LibraryViewModel();
    private final LibraryView libraryView = new LibraryView(library);
    private final TimelineView timeline = new TimelineView();
    private final TokenTextView tokenText = new TokenTextView();
    private final Label traceStatus = new Label("Select a trace");
    private final AtomicLong latest = new AtomicLong();
    private final BorderPane root = new BorderPane();
    private WorkbenchSettings settings = WorkbenchSettings.inMemory();
    private @Nullable LibraryActions actions;
    private @Nullable WorkbenchMenu menu;

    WorkbenchWindow() {
        SplitPane traceViews = new SplitPane(timeline, tokenText);
        traceViews.setOrientation(Orientation.VERTICAL);
        traceViews.setDividerPositions(0.5);
        tokenText.selectedTokenProperty().bindBidirectional(timeline.selectedTokenProperty());
        BorderPane right = new BorderPane(traceViews);
        traceStatus.setId("trace-status");
        right.setBottom(traceStatus);
        SplitPane split = new SplitPane(libraryView, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        root.setCenter(split);
    }

    void show(Stage stage, ImporterRegistry registry, List<Path> inputs, Executor worker) {
        show(stage, registry, inputs, worker, new SignalCache(null));
    }

    void show(Stage stage, ImporterRegistry registry, List<Path> inputs, Executor worker, SignalCache signals) {
        TraceLoader loader = new TraceLoader(registry, signals);
        libraryView.table().getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                open(loader, s, worker);
            }
        });
        stage.setTitle("ExitScope");
        stage.setScene(new Scene(root, 1400, 860));
        stage.show();
        LibraryActions acts = new LibraryActions(registry, worker, library, settings);
        acts.onSaveError(this::showStatus);
        WorkbenchMenu m = new WorkbenchMenu(stage, acts, libraryView::focusFilter);
        root.setTop(m.bar());
        m.install(stage.getScene());
        libraryView.table().requestFocus();
        actions = acts;
        menu = m;
        acts.open(inputs);
    }

    /** Remembers recent files and what is open in these settings instead of in memory only; call before show. */
    void useSettings(WorkbenchSettings s) {
        settings = s;
    }

    @Nullable LibraryActions actions() {
        return actions;
    }

    @Nullable WorkbenchMenu menu() {
        return menu;
    }

    private void open(TraceLoader loader, TraceSummary s, Executor worker) {
        long ticket = latest.incrementAndGet();
        traceStatus.setText("Loading " + s.id() + " …");
        worker.execute(() -> {
            try {
                TimelineData d = loader.timeline(loader.load(Path.of(s.file()), s.id()));
                TokenTextModel text = loader.tokenText(d);
                Platform.runLater(() -> {
                    if (latest.get() == ticket) {
                        timeline.dataProperty().set(d);
                        tokenText.modelProperty().set(text);
                        traceStatus.setText(s.id() + " · " + s.tokens() + " tokens");
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> traceStatus.setText(e.getMessage()));
            }
        });
    }

    void showStatus(String text) {
        traceStatus.setText(text);
    }

    LibraryViewModel library() {
        return library;
    }

    LibraryView libraryView() {
        return libraryView;
    }

    TimelineView timeline() {
        return timeline;
    }

    TokenTextView tokenText() {
        return tokenText;
    }

    BorderPane root() {
        return root;
    }
}
