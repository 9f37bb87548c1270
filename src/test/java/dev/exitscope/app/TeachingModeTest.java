package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
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

/** F11 switches teaching mode on and off; the text keys scale the token text in steps. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeachingModeTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "<think>\nIs it 3? Yes.\n</think>\nThe answer is \\boxed{3}.");
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(dir), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void f11ShowsOnlyTheTraceInLargeTextAndF11AgainRestoresTheWindow(FxRobot robot) {
        SplitPane split = (SplitPane) window.root().getCenter();
        assertEquals(2, split.getItems().size());
        robot.clickOn(window.timeline()).push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.teaching().isOn());
        assertEquals(1, split.getItems().size(), "the library and the policies step aside");
        assertTrue(window.root().getStyleClass().contains("teaching"));
        assertEquals(TeachingMode.TEXT_ZOOM, window.tokenText().zoomProperty().get());
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.teaching().isOn());
        assertEquals(2, split.getItems().size());
        assertFalse(window.root().getStyleClass().contains("teaching"));
        assertEquals(1.0, window.tokenText().zoomProperty().get());
    }

    @Test
    void theTextKeysScaleTheTokenTextInStepsAndBack(FxRobot robot) {
        robot.clickOn(window.timeline());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, window.tokenText().zoomProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, window.tokenText().zoomProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT0).release(KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, window.tokenText().zoomProperty().get());
    }
}
