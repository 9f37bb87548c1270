package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.views.library.CorrectFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library pane in a real window: filters, drop, reopening from the settings and the shortcuts list. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryPaneTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path config;
    @TempDir
    static Path more;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("alpha.txt"), "<think>\nIs it 3? Yes.\n</think>\nThe answer is \\boxed{3}.");
        Files.writeString(corpus.resolve("beta.txt"), "No thinking here, the answer is 7.");
        Files.writeString(corpus.resolve("gamma.txt"), "Let me see. The answer is 42.");
        WorkbenchSettings earlier = WorkbenchSettings.load(config);
        earlier.setOpenPaths(List.of(corpus));
        earlier.save();
        WorkbenchSettings settings = WorkbenchSettings.load(config);
        window = new WorkbenchWindow();
        window.useSettings(settings);
        window.show(stage, Importers.standard(), settings.pathsToOpen(List.of(), dir.resolve("no-samples")), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private TableView<TraceSummary> table(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static List<String> ids(TableView<TraceSummary> table) {
        return table.getItems().stream().map(TraceSummary::id).toList();
    }

    @Test
    void startReopensWhatTheSettingsSayWasOpen(FxRobot robot) throws Exception {
        assertEquals(List.of("alpha", "beta", "gamma"), ids(table(robot)));
    }

    @Test
    void typingInTheFilterNarrowsTheRowsAndTheStatusSaysHowMany(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = table(robot);
        robot.interact(() -> robot.lookup("#library-filter").queryAs(TextField.class).setText("42"));
        assertEquals(List.of("gamma"), ids(table));
        assertEquals("1 of 3 traces", robot.lookup("#library-status").queryAs(Label.class).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilterThatMatchesNothingSaysSoWithTheFilterInsteadOfNothingLoaded(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = table(robot);
        robot.interact(() -> robot.lookup("#library-filter").queryAs(TextField.class).setText("zebra"));
        assertEquals(List.of(), ids(table));
        Label placeholder = robot.lookup("#library-placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible() && placeholder.getScene() != null, "the empty table shows its text");
        assertEquals("No traces match the filter \u201czebra\u201d", placeholder.getText());
        ChoiceBox<CorrectFilter> correct = robot.lookup("#library-correct").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            robot.lookup("#library-filter").queryAs(TextField.class).setText("");
            correct.setValue(CorrectFilter.WRONG);
        });
        assertEquals("No traces match the filter correct: wrong", placeholder.getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCorrectChoiceShowsOnlyTracesWithoutAGoldAnswerAsUnknown(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = table(robot);
        ChoiceBox<CorrectFilter> correct = robot.lookup("#library-correct").queryAs(ChoiceBox.class);
        robot.interact(() -> correct.setValue(CorrectFilter.WRONG));
        assertEquals(List.of(), ids(table));
        robot.interact(() -> correct.setValue(CorrectFilter.UNKNOWN));
        assertEquals(3, table.getItems().size());
    }

    @Test
    void droppedFilesAreAddedToTheLibraryAndTheRecentList(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = table(robot);
        Path delta = Files.writeString(more.resolve("delta.txt"), "The answer is 5.");
        robot.interact(() -> Objects.requireNonNull(window.actions()).dropped(List.of(delta)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> delta.equals(WorkbenchSettings.load(config).recent()
                .stream().findFirst().orElse(null)));
        assertTrue(WorkbenchSettings.load(config).openPaths().contains(delta));
        assertEquals(2, Objects.requireNonNull(window.menu()).recentMenu().getItems().size());
    }

    @Test
    void theCancelButtonStopsAWaitingImportAndTheStatusSaysSo(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = table(robot);
        CountDownLatch release = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Path epsilon = Files.writeString(more.resolve("epsilon.txt"), "The answer is 9.");
        robot.interact(() -> Objects.requireNonNull(window.actions()).open(List.of(epsilon)));
        Button cancel = robot.lookup("#library-cancel").queryAs(Button.class);
        assertTrue(cancel.getParent().isVisible());
        robot.interact(cancel::fire);
        release.countDown();
        Label status = robot.lookup("#library-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("loading cancelled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
        assertFalse(cancel.getParent().isVisible());
    }

    @Test
    void questionMarkShowsTheShortcutsList(FxRobot robot) throws Exception {
        table(robot);
        assertFalse(Objects.requireNonNull(window.menu()).shortcuts().isShowing());
        robot.interact(() -> Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_TYPED, "?", "",
                KeyCode.UNDEFINED, true, false, false, false)));
        GridPane list = robot.lookup("#shortcuts-list").queryAs(GridPane.class);
        assertTrue(list.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals("Ctrl+O")));
        assertTrue(window.menu().shortcuts().isShowing());
    }
}
