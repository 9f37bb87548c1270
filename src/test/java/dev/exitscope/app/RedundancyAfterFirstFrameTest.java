package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.redundancy.LexicalEmbedder;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.views.timeline.TimelineViewport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

/** A slow embedder does not hold back the first frame: redundancy arrives as a second update of the timeline. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RedundancyAfterFirstFrameTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("steps"));
        Files.writeString(corpus.resolve("steps.txt"), "First, add 2 and 3 to get 5.\n\nWait, let me check: 2 + 3 = 5."
                + "\n\nSo the sum is 5.\n\nThe answer is \\boxed{5}.");
        LexicalEmbedder lexical = new LexicalEmbedder();
        TextEmbedder slow = new TextEmbedder() {
            @Override
            public int dimension() {
                return lexical.dimension();
            }

            @Override
            public String id() {
                return "slow-" + lexical.id();
            }

            @Override
            public float[][] embed(List<String> texts) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return lexical.embed(texts);
            }
        };
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(corpus), worker, new SignalCache(slow));
    }

    @AfterEach
    void stop() {
        release.countDown();
        worker.shutdownNow();
    }

    @Test
    void theTraceShowsBeforeItsStepsAreEmbeddedAndKeepsTheViewWhenTheyArrive(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null);
        TimelineData first = window.timeline().dataProperty().get();
        Lane pending = first.lane("redundancy");
        assertTrue(pending.isEmpty());
        assertEquals("Computing step redundancy …", pending.emptyText());
        Label status = robot.lookup("#trace-status").queryAs(Label.class);
        assertTrue(status.getText().endsWith("computing step redundancy …"), status.getText());
        assertTrue(robot.lookup("#trace-cancel").query().isVisible());
        robot.interact(() -> {
            window.timeline().viewportProperty().set(window.timeline().viewportProperty().get().zoom(4, 0));
            window.timeline().selectedTokenProperty().set(3);
        });
        TimelineViewport zoomed = window.timeline().viewportProperty().get();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != first);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineData full = window.timeline().dataProperty().get();
        assertSame(first.trace(), full.trace());
        assertFalse(full.lane("redundancy").isEmpty(), "redundancy arrived");
        assertEquals(zoomed, window.timeline().viewportProperty().get(), "the zoom the user chose stays");
        assertEquals(3, window.timeline().selectedTokenProperty().get(), "and so does the selection");
        assertFalse(robot.lookup("#trace-cancel").query().isVisible());
        assertEquals("steps · " + table.getItems().get(0).tokens() + " tokens", status.getText());
    }
}
