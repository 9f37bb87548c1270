package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/** Files in the library window: two traces of one id from two files, and files that could not be read. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryFilesTest {
    private static final String BROKEN = "{\"format\":\"exitscope/1\",\"id\":\"x\",\n \"tokens\":{\"text\":[\"a\",}}";

    @TempDir
    static Path dir;
    @TempDir
    static Path config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;
    private Path first;
    private Path second;
    private Path bad1;
    private Path bad2;

    @Start
    void start(Stage stage) throws Exception {
        first = Files.writeString(Files.createDirectories(dir.resolve("run1")).resolve("same.txt"),
                "Three apples. The answer is 3.");
        second = Files.writeString(Files.createDirectories(dir.resolve("run2")).resolve("same.txt"),
                "Seven pears and then some more words. The answer is 7.");
        bad1 = Files.writeString(dir.resolve("bad1.trace.json"), BROKEN);
        bad2 = Files.writeString(dir.resolve("bad2.trace.json"), BROKEN);
        window = new WorkbenchWindow();
        window.useSettings(WorkbenchSettings.load(config));
        window.show(stage, Importers.standard(), List.of(first, bad1, second, bad2), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<TraceSummary> table(FxRobot robot) throws Exception {
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static TableRow<?> row(FxRobot robot, int index) {
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && !r.isEmpty() && r.getIndex() == index) {
                return r;
            }
        }
        throw new AssertionError("no row " + index + " on screen");
    }

    private static TableCell<?, ?> cellNode(TableRow<?> row, String column) {
        for (Node c : row.getChildrenUnmodifiable()) {
            if (c instanceof TableCell<?, ?> cell && cell.getTableColumn().getText().equals(column)) {
                return cell;
            }
        }
        throw new AssertionError("no column " + column);
    }

    private static String cell(TableRow<?> row, String column) {
        return cellNode(row, column).getText();
    }

    /** Clicks a row and returns the first word of the trace the timeline then shows. */
    private String shownWord(FxRobot robot, TableRow<?> row, String expected) throws Exception {
        robot.clickOn(cellNode(row, "Id"));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null
                    && window.timeline().dataProperty().get().trace().text().strip().startsWith(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below names what is shown instead
        }
        var d = window.timeline().dataProperty().get();
        return d == null ? "nothing; status: " + robot.lookup("#trace-status").queryAs(Label.class).getText()
                : d.trace().text().strip().split(" ")[0];
    }

    @Test
    void twoTracesOfOneIdAreBothListedWithTheirFolderAndEachOpensItsOwnFile(FxRobot robot) throws Exception {
        table(robot);
        assertEquals(List.of("same", "same"), List.of(cell(row(robot, 0), "Id"), cell(row(robot, 1), "Id")));
        assertEquals(List.of("run1/same.txt", "run2/same.txt"),
                List.of(cell(row(robot, 0), "File"), cell(row(robot, 1), "File")));
        assertEquals("Seven", shownWord(robot, row(robot, 1), "Seven"));
        assertEquals("Three", shownWord(robot, row(robot, 0), "Three"));
        assertEquals("Seven", shownWord(robot, row(robot, 1), "Seven"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyUnreadableFileIsListedWithItsMessageAndLeftOutOfTheRecentList(FxRobot robot) throws Exception {
        table(robot);
        ToggleButton show = robot.lookup("#library-errors").queryAs(ToggleButton.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> show.isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WorkbenchSettings.load(config).recent().isEmpty());
        assertEquals("Show the 2 files that could not be read", show.getText());
        ListView<String> list = robot.lookup("#library-error-list").queryAs(ListView.class);
        assertFalse(list.isVisible());
        robot.clickOn(show);
        assertTrue(list.isVisible());
        List<String> items = List.copyOf(list.getItems());
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).startsWith(bad1 + ":2:"), items.get(0));
        assertTrue(items.get(1).startsWith(bad2 + ":2:"), items.get(1));
        assertTrue(robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && items.get(1).equals(c.getText())),
                "the second message is on screen");
        WorkbenchSettings saved = WorkbenchSettings.load(config);
        assertEquals(List.of(second, first), saved.recent(), "only the files that were read, newest first");
        assertEquals(List.of(first, second), saved.openPaths());
        assertEquals(2, Objects.requireNonNull(window.menu()).recentMenu().getItems().size());

        Path bad3 = Files.writeString(dir.resolve("bad3.trace.json"), BROKEN);
        robot.interact(() -> Objects.requireNonNull(window.actions()).open(List.of(bad3)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertTrue(list.getItems().get(2).startsWith(bad3 + ":2:"));
        assertTrue(list.getItems().get(0).startsWith(bad1 + ":2:"), "an earlier failure is still listed");
        assertEquals("Hide the 3 files that could not be read", show.getText());
        assertEquals(String.join("\n", list.getItems()),
                robot.lookup("#library-status").queryAs(Label.class).getTooltip().getText(),
                "the status line's tooltip lists them too");
        assertTrue(robot.lookup("#library-status").queryAs(Label.class).getText().contains("3 files could not"));
        assertEquals(List.of(second, first), WorkbenchSettings.load(config).recent());
    }
}
