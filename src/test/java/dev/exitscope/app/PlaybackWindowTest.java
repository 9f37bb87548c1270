package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.playback.FrameClock;
import dev.exitscope.views.timeline.ExitFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javafx.application.Platform;
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

/**
 * Playback in the real window on a clock the test advances: the flags appear in the order of the policies' exits as
 * the play head passes them, the text shows only the tokens played, and the counter says what each policy spends.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlaybackWindowTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService replays = Executors.newSingleThreadExecutor();
    private final ManualClock clock = new ManualClock();
    private WorkbenchWindow window;

    /** A frame clock that calls back only when the test says a frame happened. */
    private static final class ManualClock implements FrameClock {
        private LongConsumer onFrame;

        @Override
        public void start(LongConsumer f) {
            onFrame = f;
        }

        @Override
        public void stop() {
            onFrame = null;
        }

        void frameAt(long nanos) {
            if (onFrame != null) {
                onFrame.accept(nanos);
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder thinking = new StringBuilder("<think>\n");
        for (int i = 0; i < 40; i++) {
            thinking.append(i == 10 ? "So the answer is 3.\n" : "step " + i + " holds.\n");
        }
        Files.writeString(dir.resolve("steps.txt"), thinking + "</think>\nThe answer is \\boxed{3}.");
        window = new WorkbenchWindow(replays, Platform::runLater, clock);
        window.show(stage, Importers.standard(), List.of(dir), worker);
    }

    @AfterEach
    void stopWorkers() {
        worker.shutdownNow();
        replays.shutdownNow();
    }

    @Test
    void flagsDropInTheOrderOfTheExitsAsPlaybackReachesThem(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null);
        Trace trace = window.timeline().dataProperty().get().trace();
        robot.interact(() -> {
            window.replay().choice("budget").set("tokens", "120");
            window.replay().choice("budget").enabledProperty().set(true);
            window.replay().choice("firstk").enabledProperty().set(true);
        });
        ReplayResult budget = ReplayEngine.replay(trace, PolicyCatalog.standard().create("budget:tokens=120"));
        ReplayResult first = ReplayEngine.replay(trace, PolicyCatalog.standard().create("firstk"));
        assertTrue(first.exitToken() != null && first.exitToken() < budget.exitToken(),
                "the trace is built so that firstk stops first: " + first.exitToken());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().exitsProperty().get().size() == 2);

        robot.interact(() -> window.playbackBar().model().speedProperty().set(100));
        robot.clickOn("#playback-play");
        List<List<Integer>> seen = new ArrayList<>();
        long t = 0;
        for (int frame = 0; frame <= trace.tokenCount() + 2; frame++) {
            long now = t;
            robot.interact(() -> clock.frameAt(now));
            List<Integer> tokens = new ArrayList<>();
            for (ExitFlag f : window.timeline().exitsProperty().get()) {
                tokens.add(f.token());
            }
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(tokens)) {
                seen.add(tokens);
            }
            int played = window.playbackBar().model().positionProperty().get();
            assertEquals(played, window.tokenText().hideFromProperty().get(), "the text shows what is played");
            for (int token : tokens) {
                assertTrue(token <= played, "flag at " + token + " shown after " + played + " tokens");
            }
            t += 10_000_000L;
        }
        // one token a frame at 100 tokens/s and 10 ms a frame
        assertEquals(List.of(List.of(), List.of(first.exitToken()), List.of(first.exitToken(), budget.exitToken())),
                normalise(seen));
        assertEquals(trace.tokenCount(), window.playbackBar().model().positionProperty().get());
        String counter = robot.lookup("#playback-counter").queryAs(Label.class).getText();
        assertEquals("Played " + trace.tokenCount() + " of " + trace.tokenCount() + " tokens · budget:tokens=120"
                + " stopped at 120, spends " + budget.tokensUsed() + " · firstk stopped at " + first.exitToken()
                + ", spends " + first.tokensUsed(), counter);
    }

    /** The flags seen, each set sorted by token. */
    private static List<List<Integer>> normalise(List<List<Integer>> seen) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> s : seen) {
            out.add(s.stream().sorted().toList());
        }
        return out;
    }
}
