package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.timeline.ExitFlag;
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

/**
 * The policy panel in the real window: ticking a policy flags its exit on the timeline at the token the replay
 * engine computes, with the same saving in its label; typing another value moves the flag; a policy that cannot
 * run says what it needs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PolicyPanelWindowTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder thinking = new StringBuilder("<think>\n");
        for (int i = 0; i < 60; i++) {
            thinking.append("step ").append(i).append(" is fine.\n");
        }
        Files.writeString(dir.resolve("long.txt"), thinking + "</think>\nThe answer is \\boxed{3}.");
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(dir), worker);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void tickingBudgetFlagsItsExitAndTypingAValueMovesIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null);
        Trace trace = window.timeline().dataProperty().get().trace();

        robot.clickOn("#policy-budget");
        TextField tokens = robot.lookup("#param-budget-tokens").queryAs(TextField.class);
        robot.clickOn(tokens).eraseText(tokens.getText().length()).write("50").type(KeyCode.ENTER);
        ReplayResult expected = ReplayEngine.replay(trace, PolicyCatalog.standard().create("budget:tokens=50"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flagAt(expected.exitToken()));
        ExitFlag flag = window.timeline().exitsProperty().get().get(0);
        assertEquals(50, flag.token());
        assertEquals(String.format(java.util.Locale.ROOT, "budget:tokens=50 −%.1f%%", 100 * expected.saved()),
                flag.label());
        Label summary = robot.lookup("#policy-summary-budget").queryAs(Label.class);
        assertEquals(String.format(java.util.Locale.ROOT, "exit 50 · −%.1f%%", 100 * expected.saved()),
                summary.getText());

        robot.clickOn(tokens).eraseText(tokens.getText().length()).write("20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flagAt(20));

        robot.clickOn("#policy-entropy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.replay().choice("entropy").resultProperty()
                .get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String needs = robot.lookup("#policy-result-entropy").lookup(".label").queryAs(Label.class).getText();
        assertEquals("needs per-token logprobs — this trace has none; record the run with logprobs on", needs);
        assertEquals("cannot run", robot.lookup("#policy-summary-entropy").queryAs(Label.class).getText());
        assertEquals(1, window.timeline().exitsProperty().get().size(), "a policy that cannot run has no flag");

        robot.clickOn("#policy-budget");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().exitsProperty().get().isEmpty());
        assertTrue(!robot.lookup("#policy-budget").queryAs(CheckBox.class).isSelected());
    }

    private boolean flagAt(int token) {
        List<ExitFlag> flags = window.timeline().exitsProperty().get();
        return flags.size() == 1 && flags.get(0).token() == token;
    }
}
