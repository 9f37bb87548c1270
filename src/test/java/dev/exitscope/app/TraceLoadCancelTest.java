package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
class TraceLoadCancelTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("cancel"));
        Files.writeString(corpus.resolve("one.txt"), "Let me think. The answer is 4.");
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(corpus), worker);
    }

    @AfterEach
    void stop() {
        release.countDown();
        worker.shutdownNow();
    }

    @Test
    void aSlowTraceShowsProgressAndCancelKeepsTheViewsAsTheyWere(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        worker.execute(() -> {
            gate.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(gate.await(5, TimeUnit.SECONDS));
        robot.interact(() -> table.getSelectionModel().select(0));
        ProgressBar progress = robot.lookup("#trace-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#trace-cancel").queryAs(Button.class);
        Label status = robot.lookup("#trace-status").queryAs(Label.class);
        assertTrue(progress.isVisible() && cancel.isVisible());
        assertEquals("Loading one …", status.getText());
        robot.interact(cancel::fire);
        assertFalse(progress.isVisible() || cancel.isVisible());
        assertEquals("Loading cancelled", status.getText());
        release.countDown();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.timeline().dataProperty().get(), "the cancelled trace is not shown");
        assertEquals("Loading cancelled", status.getText());
    }
}
