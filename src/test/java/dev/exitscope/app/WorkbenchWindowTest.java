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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
class WorkbenchWindowTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("alpha.txt"), "<think>\nIs it 3? Yes.\n</think>\nThe answer is \\boxed{3}.");
        Files.writeString(dir.resolve("beta.txt"), "No thinking here, the answer is 7.");
        Files.writeString(dir.resolve("README.md"), "# about these traces");
        new WorkbenchWindow().show(stage, Importers.standard(), List.of(dir), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void openingAFolderListsEveryTraceInIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("alpha", table.getItems().get(0).id());
        assertEquals("3", table.getItems().get(0).finalAnswer());
        assertEquals("beta", table.getItems().get(1).id());
        assertEquals("7", table.getItems().get(1).finalAnswer());
        Label status = robot.lookup("#library-status").queryAs(Label.class);
        assertEquals("2 traces", status.getText());
    }
}
