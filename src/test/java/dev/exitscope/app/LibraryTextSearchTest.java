package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryTextSearchTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(corpus.resolve("one.txt"), "Let me count the pebbles. Wait, seventeen. The answer is 17.");
        Files.writeString(corpus.resolve("two.txt"), "Adding the apples gives 9. The answer is 9.");
        Files.writeString(corpus.resolve("three.txt"), "Hmm, PEBBLES again? The answer is 4.");
        new WorkbenchWindow().show(stage, Importers.standard(), List.of(corpus), worker);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void tickingInTextFindsTracesByTheirOwnText(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> robot.lookup("#library-filter").queryAs(TextField.class).setText("pebbles"));
        assertEquals(0, table.getItems().size(), "the text is not searched unless asked");
        robot.interact(() -> robot.lookup("#library-search-text").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("one", "three"), table.getItems().stream().map(TraceSummary::id).sorted().toList());
        assertEquals("2 of 3 traces", robot.lookup("#library-status").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#library-filter").queryAs(TextField.class).setText("apples"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).id().equals("two"));
    }
}
