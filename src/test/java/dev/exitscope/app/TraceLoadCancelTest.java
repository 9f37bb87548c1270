package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.summary.TraceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Reading "slow.txt" after the library has listed it waits here until released. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final AtomicInteger slowReads = new AtomicInteger();
    private WorkbenchWindow window;

    /** The standard importers, except that the second and later reads of slow.txt block until released. */
    private ImporterRegistry blockingRegistry() {
        List<TraceImporter> list = new ArrayList<>();
        for (TraceImporter inner : Importers.standard().importers()) {
            list.add(new TraceImporter() {
                @Override
                public String name() {
                    return inner.name();
                }

                @Override
                public int sniff(String fileName, String head) {
                    return inner.sniff(fileName, head);
                }

                @Override
                public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
                    if (source.toString().contains("slow.txt") && slowReads.incrementAndGet() > 1) {
                        slowStarted.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted");
                        }
                    }
                    inner.read(source, options, sink);
                }
            });
        }
        return new ImporterRegistry(list);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("cancel"));
        Files.writeString(corpus.resolve("fast.txt"), "Let me think. The answer is 4.");
        Files.writeString(corpus.resolve("slow.txt"), "Slowly now. The answer is 5.");
        window = new WorkbenchWindow();
        window.show(stage, blockingRegistry(), List.of(corpus), worker);
    }

    @AfterEach
    void stop() {
        release.countDown();
        worker.shutdownNow();
    }

    @Test
    void cancellingASlowLoadKeepsTheShownTraceAndDropsTheLateResult(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        TraceSummary fast = table.getItems().stream().filter(s -> s.id().equals("fast")).findFirst().orElseThrow();
        TraceSummary slow = table.getItems().stream().filter(s -> s.id().equals("slow")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(fast));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null);
        robot.interact(() -> table.getSelectionModel().select(slow));
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS), "the slow load is running");
        ProgressBar progress = robot.lookup("#trace-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#trace-cancel").queryAs(Button.class);
        Label status = robot.lookup("#trace-status").queryAs(Label.class);
        assertTrue(progress.isVisible() && cancel.isVisible());
        assertTrue(progress.getProgress() >= 0 && progress.getProgress() <= LoadProgress.READ_SHARE,
                "the bar shows how much of the file is read, not an endless animation: " + progress.getProgress());
        assertEquals("Loading slow …", status.getText());
        robot.interact(cancel::fire);
        assertFalse(progress.isVisible() || cancel.isVisible());
        assertEquals(fast, table.getSelectionModel().getSelectedItem(), "the library selects the shown trace again");
        release.countDown();
        CountDownLatch drained = new CountDownLatch(1);
        worker.execute(drained::countDown);
        assertTrue(drained.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fast", window.timeline().dataProperty().get().trace().id(), "the late result is dropped");
        assertEquals("Loading cancelled · showing fast · " + fast.tokens() + " tokens", status.getText());
        robot.interact(() -> table.getSelectionModel().select(slow));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "slow".equals(
                window.timeline().dataProperty().get().trace().id()));
    }
}
