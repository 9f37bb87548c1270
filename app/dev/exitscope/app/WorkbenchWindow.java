package dev.exitscope.app;

import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.find.FindBar;
import dev.exitscope.views.library.LibraryView;
import dev.exitscope.views.library.LibraryViewModel;
import dev.exitscope.views.opentrace.OpenTraceViewModel;
import dev.exitscope.views.playback.FrameClock;
import dev.exitscope.views.playback.PlaybackBar;
import dev.exitscope.views.playback.PlaybackViewModel;
import dev.exitscope.views.replay.PolicyPanel;
import dev.exitscope.views.replay.ReplayViewModel;
import dev.exitscope.views.timeline.TimelineView;
import dev.exitscope.views.tokentext.TokenTextView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The main window: the trace library on the left; on the right the find bar, the timeline of the selected trace and
 * its token text with the trace header and the token inspector, sharing one selected token and the find matches.
 * Selecting a trace loads it and its signals on the worker; only the latest selection is shown (earlier loads that
 * finish late are dropped). The theme and the timeline's lanes are kept in the settings. FX thread only.
 */
final class WorkbenchWindow {
    private final LibraryViewModel library = new LibraryViewModel();
    private final LibraryView libraryView = new LibraryView(library);
    private final TimelineView timeline = new TimelineView();
    private final TokenTextView tokenText = new TokenTextView();
    private final TraceDetails details = new TraceDetails(tokenText, timeline);
    private final @Nullable ExecutorService replays;
    private final ReplayViewModel replay;
    private final PolicyPanel policyPanel;
    private final PlaybackBar playbackBar;
    private final TeachingMode teaching;
    private final Label traceStatus = new Label("Select a trace");
    private final ProgressBar loadProgress = new ProgressBar(0);
    private final Button cancelLoad = new Button("Cancel");
    private @Nullable OpenTraceViewModel openTrace;
    private final BorderPane root = new BorderPane();
    private WorkbenchSettings settings = WorkbenchSettings.inMemory();
    private @Nullable LibraryActions actions;
    private @Nullable WorkbenchMenu menu;
    private @Nullable TraceFind find;
    private boolean restoringSelection;
    private final PauseTransition saveLanes = new PauseTransition(Duration.millis(400));
    private WorkbenchTheme theme = WorkbenchTheme.LIGHT;
    private final BorderPane right;

    /** A window whose policies replay on a thread of its own. */
    WorkbenchWindow() {
        this(daemonThread("exitscope-replay"), Platform::runLater, FrameClock.animationTimer());
    }

    /**
     * A window whose policies replay on {@code replayWorker} (one task at a time), results handed over through
     * {@code fx}; snapshots pass direct executors, so a frame shows the replays at once. Playback is timed by
     * {@code clock}.
     */
    WorkbenchWindow(Executor replayWorker, Executor fx, FrameClock clock) {
        this.replays = replayWorker instanceof ExecutorService es ? es : null;
        this.replay = new ReplayViewModel(PolicyCatalog.standard(), AnswerCost.RECORDED, replayWorker, fx);
        this.policyPanel = new PolicyPanel(replay);
        this.playbackBar = new PlaybackBar(new PlaybackViewModel(), clock);
        SplitPane traceViews = new SplitPane(timeline, details.node());
        traceViews.setOrientation(Orientation.VERTICAL);
        traceViews.setDividerPositions(0.5);
        tokenText.selectedTokenProperty().bindBidirectional(timeline.selectedTokenProperty());
        timeline.dataProperty().addListener((o, a, d) -> replay.traceProperty().set(d == null ? null : d.trace()));
        new ReplayPlayback(playbackBar, replay, timeline, tokenText);
        timeline.thresholdsProperty().bind(replay.thresholdsProperty());
        BorderPane traceArea = new BorderPane(traceViews);
        traceArea.setTop(playbackBar);
        right = new BorderPane(traceArea);
        traceStatus.setId("trace-status");
        loadProgress.setId("trace-progress");
        loadProgress.setPrefWidth(120);
        cancelLoad.setId("trace-cancel");
        cancelLoad.setOnAction(e -> cancelLoad());
        cancelLoad.setVisible(false);
        loadProgress.setVisible(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // the bar and the button keep their room while hidden, so showing them never resizes the trace views
        HBox status = new HBox(8, traceStatus, gap, loadProgress, cancelLoad);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(2, 6, 2, 6));
        right.setBottom(status);
        SplitPane left = new SplitPane(libraryView, policyPanel);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        SplitPane split = new SplitPane(left, right);
        teaching = new TeachingMode(split, left, root, tokenText, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        root.setCenter(split);
    }

    void show(Stage stage, ImporterRegistry registry, List<Path> inputs, Executor worker) {
        show(stage, registry, inputs, worker, new SignalCache(null));
    }

    void show(Stage stage, ImporterRegistry registry, List<Path> inputs, Executor worker, SignalCache signals) {
        ExecutorService text = daemonThread("exitscope-text");
        TraceLoader loader = new TraceLoader(registry, signals, tokenText.layouts(), text);
        OpenTraceViewModel model = bind(new OpenTraceViewModel(new Loader(loader), worker, Platform::runLater,
                this::afterNextPulse));
        libraryView.table().getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && !restoringSelection) {
                model.open(s);
            }
        });
        ExecutorService search = daemonThread("exitscope-search");
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            search.shutdownNow();
            text.shutdownNow();
            if (replays != null) {
                replays.shutdownNow();
            }
        });
        TraceFind f = installFind(search, Platform::runLater);
        restoreLanes();
        new PolicySettings(replay, settings, this::saveSettings).install();
        applyTheme(settings.theme());
        stage.setTitle("ExitScope");
        stage.setScene(new Scene(root, 1400, 860));
        stage.sizeToScene();
        stage.show();
        LibraryActions acts = new LibraryActions(registry, worker, library, settings);
        new LibraryTextSearch(registry, search, library);
        acts.onSaveError(this::showStatus);
        WindowCommands commands = new WindowCommands(libraryView::focusFilter, this::openFind,
                f::next, f::previous, this::toggleTheme,
                timeline::fit, playbackBar.model()::toggle, playbackBar.model()::stop,
                () -> teaching.toggle(stage), this::zoomText);
        WorkbenchMenu m = new WorkbenchMenu(stage, acts, commands);
        root.setTop(m.bar());
        m.install(stage.getScene());
        libraryView.table().requestFocus();
        actions = acts;
        menu = m;
        acts.open(inputs);
    }

    /**
     * Adds the find bar, searching on {@code search} and handing results over through {@code fx}; once per window
     * (show does it; snapshots call it with direct executors).
     */
    TraceFind installFind(Executor search, Executor fx) {
        TraceFind existing = find;
        if (existing != null) {
            return existing;
        }
        TraceFind f = new TraceFind(timeline, tokenText, search, fx);
        find = f;
        right.setTop(f.bar());
        return f;
    }

    /** Opens the find bar, searching from the selected token; Escape returns the focus to where it was. */
    void openFind() {
        TraceFind f = find;
        if (f != null) {
            f.open();
        }
    }

    @Nullable FindBar findBar() {
        TraceFind f = find;
        return f == null ? null : f.bar();
    }

    /** Switches between the light and dark themes and remembers the choice. */
    void toggleTheme() {
        applyTheme(theme.other());
        settings.setTheme(theme);
        saveSettings();
    }

    WorkbenchTheme theme() {
        return theme;
    }

    void applyTheme(WorkbenchTheme t) {
        theme = t;
        Application.setUserAgentStylesheet(t.stylesheet());
        timeline.darkProperty().set(t.dark());
        tokenText.darkProperty().set(t.dark());
        replay.darkProperty().set(t.dark());
    }

    private void restoreLanes() {
        List<String> saved = settings.timelineLanes();
        if (saved != null) {
            timeline.lanes().setAll(saved);
        }
        saveLanes.setOnFinished(e -> {
            settings.setTimelineLanes(List.copyOf(timeline.lanes()));
            saveSettings();
        });
        timeline.lanes().addListener((ListChangeListener<String>) c -> saveLanes.playFromStart());
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            showStatus("Could not save the settings: " + e.getMessage());
        }
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

    /** The views show what {@code m} holds, and share its selection. */
    private OpenTraceViewModel bind(OpenTraceViewModel m) {
        openTrace = m;
        m.timelineProperty().addListener((o, a, d) -> timeline.dataProperty().set(d));
        m.textProperty().addListener((o, a, t) -> tokenText.modelProperty().set(t));
        timeline.selectedTokenProperty().bindBidirectional(m.selectedTokenProperty());
        timeline.rangeStartProperty().bindBidirectional(m.rangeStartProperty());
        timeline.rangeEndProperty().bindBidirectional(m.rangeEndProperty());
        traceStatus.textProperty().bind(m.statusProperty());
        loadProgress.progressProperty().bind(m.progressProperty());
        loadProgress.visibleProperty().bind(m.loadingProperty());
        cancelLoad.visibleProperty().bind(m.loadingProperty());
        return m;
    }

    /** Loads through the trace loader, the first frame of the timeline prepared on the worker. */
    private final class Loader implements OpenTraceViewModel.Loader {
        private final TraceLoader loader;

        Loader(TraceLoader loader) {
            this.loader = loader;
        }

        @Override
        public OpenTraceViewModel.Opened open(TraceSummary s, DoubleConsumer progress) throws Exception {
            Trace trace = loader.load(Path.of(s.file()), s.id(), progress);
            return loader.open(trace, timeline::prepare);
        }

        @Override
        public TimelineData withRedundancy(TimelineData first) {
            return loader.timeline(first.trace());
        }
    }

    /**
     * Stops loading the selected trace (its work is interrupted); the trace shown before stays, and the library
     * selects it again so that selecting the cancelled row later opens it.
     */
    void cancelLoad() {
        OpenTraceViewModel m = openTrace;
        if (m == null) {
            return;
        }
        timeline.discardPrepared();
        m.cancel();
        TraceSummary before = m.shownProperty().get();
        restoringSelection = true;
        try {
            if (before == null) {
                libraryView.table().getSelectionModel().clearSelection();
            } else {
                libraryView.table().getSelectionModel().select(before);
            }
        } finally {
            restoringSelection = false;
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code action} once the next pulse is over. */
    private void afterNextPulse(Runnable action) {
        Scene scene = root.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Token text larger ({@code 1}), smaller ({@code -1}) or at its normal size ({@code 0}). */
    void zoomText(int step) {
        if (step == 0) {
            tokenText.zoomProperty().set(teaching.isOn() ? TeachingMode.TEXT_ZOOM : 1);
        } else {
            tokenText.zoomBy(step);
        }
    }

    TeachingMode teaching() {
        return teaching;
    }

    void showStatus(String text) {
        OpenTraceViewModel m = openTrace;
        if (m != null) {
            m.showStatus(text);
        } else {
            traceStatus.setText(text);
        }
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

    ReplayViewModel replay() {
        return replay;
    }

    PlaybackBar playbackBar() {
        return playbackBar;
    }

    PolicyPanel policyPanel() {
        return policyPanel;
    }

    TokenTextView tokenText() {
        return tokenText;
    }

    TraceDetails details() {
        return details;
    }

    BorderPane root() {
        return root;
    }
}
