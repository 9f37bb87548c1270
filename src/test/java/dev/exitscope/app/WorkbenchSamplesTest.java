package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceFiles;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench on the bundled sample folder, as a newcomer first meets it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkbenchSamplesTest {
    private static final Path SAMPLES = Path.of("sample-traces");
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(SAMPLES), worker);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** Every trace of every trace file under the folder, read straight through the importers. */
    private static List<String> expectedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Path f : TraceFiles.expand(List.of(SAMPLES))) {
            Importers.standard().read(InputSource.of(f), ImportOptions.DEFAULT, t -> ids.add(t.id()));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static TableView<TraceSummary> table(FxRobot robot) {
        return robot.lookup("#library-table").queryAs(TableView.class);
    }

    @Test
    void theLibraryListsEverySampleTrace(FxRobot robot) throws Exception {
        List<String> expected = expectedIds();
        assertTrue(expected.size() >= 100, "the samples hold " + expected.size() + " traces");
        TableView<TraceSummary> table = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == expected.size()
                && !window.library().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = table.getItems().stream().map(TraceSummary::id).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), shown);
        assertEquals(expected.size() + " traces", robot.lookup("#library-status").queryAs(Label.class).getText());
    }

    @Test
    void selectingATraceShowsItInTheTimelineAndTheTokenText(FxRobot robot) throws Exception {
        List<Trace> read = new ArrayList<>();
        Importers.standard().read(InputSource.of(SAMPLES.resolve("formats/openai-chat.json")), ImportOptions.DEFAULT,
                read::add);
        Trace expected = read.get(0);
        TableView<TraceSummary> table = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(s -> s.file().endsWith("openai-chat.json")));
        robot.interact(() -> {
            for (TraceSummary s : table.getItems()) {
                if (s.file().endsWith("openai-chat.json")) {
                    table.getSelectionModel().select(s);
                }
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.tokenText().modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Trace shown = window.timeline().dataProperty().get().trace();
        assertEquals(expected, shown, "the timeline shows the trace as the importer reads it");
        assertSame(shown, window.tokenText().modelProperty().get().trace());
        assertEquals(expected.id() + " · " + expected.tokenCount() + " tokens",
                robot.lookup("#trace-status").queryAs(Label.class).getText());
        StringBuilder visible = new StringBuilder();
        robot.interact(() -> visible.append(window.tokenText().visibleText()));
        String firstWords = expected.text().strip().substring(0, 20);
        assertTrue(visible.toString().contains(firstWords), "token text starts with '" + firstWords + "': "
                + visible);
    }
}
