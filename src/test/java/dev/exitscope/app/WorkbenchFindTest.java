package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.views.find.FindBar;
import dev.exitscope.views.tokentext.TokenMark;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkbenchFindTest {
    private static final String TEXT = "<think>\nLet me add 2 and 3. That gives 5.\nWait, is 2 + 3 = 5? Yes.\n"
            + "Hmm, wait. Let me double-check once more: 2 + 3 = 5.\n</think>\nThe answer is \\boxed{5}. WAIT no more.";

    @TempDir
    static java.nio.file.Path dir;
    @TempDir
    java.nio.file.Path config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        java.nio.file.Path corpus = Files.createDirectories(dir.resolve("find"));
        Files.writeString(corpus.resolve("sum.txt"), TEXT);
        window = new WorkbenchWindow();
        window.useSettings(WorkbenchSettings.load(config));
        window.show(stage, Importers.standard(), List.of(corpus), worker);
    }

    @AfterEach
    void restore() {
        worker.shutdownNow();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private void openTrace(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null
                && window.tokenText().modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** First tokens of the case-insensitive occurrences of "wait", found without the search code. */
    private List<Integer> expectedFirstTokens() {
        var trace = Objects.requireNonNull(window.timeline().dataProperty().get()).trace();
        String lower = trace.text().toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        for (int i = lower.indexOf("wait"); i >= 0; i = lower.indexOf("wait", i + 4)) {
            out.add(trace.tokenAtChar(i));
        }
        return out;
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#find-status").queryAs(Label.class).getText();
    }

    private int outlined(TokenMark kind) {
        int[] n = new int[1];
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> n[0] = window.tokenText().visibleMarks(kind)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return n[0];
    }

    private String widths() {
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node n = window.tokenText(); n != null; n = n.getParent()) {
            b.append(" < ").append(n.getClass().getSimpleName()).append(' ').append(n.getId()).append(' ')
                    .append(n.getLayoutBounds().getWidth());
        }
        return b.toString();
    }

    /** Whether {@code condition} holds within five seconds: the token text paints on the next pulse. */
    private static boolean eventually(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void ctrlFFindsEveryMatchAndEnterStepsThroughThem(FxRobot robot) throws Exception {
        openTrace(robot);
        List<Integer> expected = expectedFirstTokens();
        assertEquals(3, expected.size());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        FindBar bar = Objects.requireNonNull(window.findBar());
        assertTrue(bar.isVisible());
        assertTrue(bar.field().isFocused(), "the query field has the focus");
        robot.write("wait");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 3".equals(status(robot)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.get(0), window.tokenText().selectedTokenProperty().get());
        assertEquals(expected.get(0), window.timeline().selectedTokenProperty().get());
        assertEquals(3, window.timeline().matchesProperty().get().count());
        assertTrue(eventually(() -> outlined(TokenMark.FIND_CURRENT) > 0),
                "the current match is outlined in the token text");
        assertTrue(eventually(() -> outlined(TokenMark.FIND_MATCH) > 0), () -> "the other matches are outlined too;"
                + " the token text is " + window.tokenText().getWidth() + "x" + window.tokenText().getHeight()
                + " in a " + stage.getWidth() + "x" + stage.getHeight() + " stage and shows '"
                + window.tokenText().visibleText() + "'" + widths());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3", status(robot));
        assertEquals(expected.get(1), window.tokenText().selectedTokenProperty().get());
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 3", status(robot), "after the last match Enter wraps to the first");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 3", status(robot));
        assertEquals(expected.get(2), window.timeline().selectedTokenProperty().get());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertEquals(0, window.timeline().matchesProperty().get().count(), "closing the bar clears the marks");
        assertTrue(eventually(() -> outlined(TokenMark.FIND_MATCH) + outlined(TokenMark.FIND_CURRENT) == 0),
                "no match is outlined after the bar closes");
        assertTrue(robot.lookup("#library-table").query().isFocused(), "the focus is back where it was");
    }

    @Test
    void enterBringsASingleMatchBackAndReopeningSearchesFromTheSelection(FxRobot robot) throws Exception {
        openTrace(robot);
        List<Integer> expected = expectedFirstTokens();
        robot.interact(window::openFind);
        robot.write("boxed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 1".equals(status(robot)));
        var trace = window.timeline().dataProperty().get().trace();
        int boxed = trace.tokenAtChar(trace.text().indexOf("boxed"));
        assertEquals(boxed, window.tokenText().selectedTokenProperty().get());
        robot.interact(() -> window.tokenText().selectedTokenProperty().set(0));
        robot.type(KeyCode.ENTER);
        assertEquals(boxed, window.tokenText().selectedTokenProperty().get(), "Enter goes back to the one match");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.findBar().model().queryProperty().set("wait"));
        robot.interact(() -> window.tokenText().selectedTokenProperty().set(expected.get(1)));
        robot.interact(window::openFind);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2 of 3".equals(status(robot)));
        assertEquals(expected.get(1), window.tokenText().selectedTokenProperty().get());
    }

    @Test
    void matchCaseNarrowsTheMatches(FxRobot robot) throws Exception {
        openTrace(robot);
        robot.interact(window::openFind);
        robot.write("WAIT");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 3".equals(status(robot)));
        robot.clickOn("#find-case");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1 of 1".equals(status(robot)));
        robot.interact(() -> window.findBar().model().queryProperty().set("zebra"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "No matches".equals(status(robot)));
    }

    @Test
    void theThemeSwitchesToDarkAndIsRemembered(FxRobot robot) throws Exception {
        openTrace(robot);
        assertSame(WorkbenchTheme.LIGHT, window.theme());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(WorkbenchTheme.DARK, window.theme());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(window.timeline().darkProperty().get());
        assertTrue(window.tokenText().getPseudoClassStates().contains(javafx.css.PseudoClass
                .getPseudoClass("dark")));
        assertSame(WorkbenchTheme.DARK, WorkbenchSettings.load(config).theme());
        assertTrue(Files.readString(config.resolve(WorkbenchSettings.FILE_NAME)).contains("theme=dark"));
        robot.interact(window::toggleTheme);
        assertSame(WorkbenchTheme.LIGHT, WorkbenchSettings.load(config).theme());
    }

    @Test
    void hiddenLanesStayHiddenInTheNextWindow(FxRobot robot) throws Exception {
        openTrace(robot);
        robot.interact(() -> window.timeline().lanes().removeAll("harm", "probes"));
        robot.interact(() -> window.timeline().lanes().setAll(List.of("surprisal", "entropy", "redundancy")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> List.of("surprisal", "entropy", "redundancy")
                .equals(WorkbenchSettings.load(config).timelineLanes()));
        WorkbenchWindow next = new WorkbenchWindow();
        next.useSettings(WorkbenchSettings.load(config));
        robot.interact(() -> {
            Stage other = new Stage();
            next.show(other, Importers.standard(), List.of(), worker);
            other.close();
        });
        assertEquals(List.of("surprisal", "entropy", "redundancy"), List.copyOf(next.timeline().lanes()));
    }
}
