package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TimelineView view;
    private Trace trace;

    @Start
    void start(Stage stage) {
        TraceBuilder b = new TraceBuilder("t");
        for (int i = 0; i < 400; i++) {
            b.addToken(i % 20 == 19 ? ".\n\n" : " w", (float) Math.log(0.5));
            b.addAlternative(" w", (float) Math.log(0.5));
            b.addAlternative(" v", (float) Math.log(0.25));
        }
        trace = b.build();
        view = new TimelineView();
        stage.setScene(new Scene(view, 1008, 600));
        stage.show();
        view.dataProperty().set(TimelineData.of(SignalCache.compute(trace, SignalOptions.defaults(), null)));
    }

    @Test
    void opensFittedSoEveryTokenIsVisible() {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineViewport v = view.viewportProperty().get();
        assertEquals(400, v.tokens());
        assertEquals(850, v.width(), 1e-9, "1008 px minus the 150 px title margin and 8 px right gap");
        assertEquals(850.0 / 400, v.pxPerToken(), 1e-9);
        assertEquals(0, view.tokenAt(150));
        assertEquals(399, view.tokenAt(150 + 849));
    }

    @Test
    void keyboardZoomAndPanChangeTheVisibleRangeAsComputed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::requestFocus);
        assertEquals(-1, view.selectedTokenProperty().get(), "nothing selected: zoom keeps the centre");
        TimelineViewport before = view.viewportProperty().get();
        robot.type(KeyCode.PLUS);
        TimelineViewport zoomed = view.viewportProperty().get();
        assertEquals(before.pxPerToken() * 1.5, zoomed.pxPerToken(), 1e-9);
        // zoom keeps the token at the centre: centre token 200 → first = 200 - 425 / (2.125 * 1.5)
        assertEquals(200 - 425 / (850.0 / 400 * 1.5), zoomed.firstToken(), 1e-6);
        robot.type(KeyCode.RIGHT);
        assertEquals(zoomed.firstToken() + 85 / zoomed.pxPerToken(),
                view.viewportProperty().get().firstToken(), 1e-6);
        robot.type(KeyCode.DIGIT0);
        assertEquals(0, view.viewportProperty().get().firstToken(), 1e-9);
    }

    @Test
    void keyboardZoomKeepsTheSelectedTokenUnderItsPixelAndInView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.selectedTokenProperty().set(380);
            view.requestFocus();
        });
        robot.type(KeyCode.PLUS);
        TimelineViewport once = view.viewportProperty().get();
        // token 380's centre was at 380.5 * 850 / 400 px and stays there: first = 380.5 - that / (2.125 * 1.5)
        assertEquals(380.5 - 380.5 * 2.125 / (2.125 * 1.5), once.firstToken(), 1e-6);
        for (int press = 2; press <= 6; press++) {
            robot.type(KeyCode.PLUS);
            TimelineViewport v = view.viewportProperty().get();
            assertTrue(v.firstToken() <= 380 && 381 <= v.firstToken() + v.visibleTokens(),
                    "token 380 visible after " + press + " presses: " + v);
        }
        robot.interact(() -> view.viewportProperty().set(view.viewportProperty().get().panPixels(-1e9)));
        robot.type(KeyCode.MINUS);
        TimelineViewport out = view.viewportProperty().get();
        assertTrue(out.firstToken() <= 380 && 381 <= out.firstToken() + out.visibleTokens(),
                "a selected token panned off screen comes back on zoom: " + out);
    }

    @Test
    void theLaneMenuNamesTheLaneItMoves(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double y = -1;
        for (int row = 0; row < 600 && y < 0; row++) {
            if ("surprisal".equals(view.laneAt(row + 0.5))) {
                y = row + 0.5;
            }
        }
        assertTrue(y >= 0, "the surprisal lane is on screen");
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        double local = y;
        robot.interact(() -> javafx.event.Event.fireEvent(view, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 400, local, b.getMinX() + 400,
                b.getMinY() + local, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        java.util.List<String> moves = menu.getItems().stream()
                .filter(i -> "lane-up".equals(i.getId()) || "lane-down".equals(i.getId()))
                .map(javafx.scene.control.MenuItem::getText).toList();
        robot.interact(menu::hide);
        assertEquals(java.util.List.of("Move 'Surprisal (nats)' up", "Move 'Surprisal (nats)' down"), moves);
    }

    @Test
    void oneViewportChangeDrawsOneFrame() {
        WaitForAsyncUtils.waitForFxEvents();
        int before = view.frames();
        javafx.application.Platform.runLater(() -> view.viewportProperty().set(
                view.viewportProperty().get().zoom(2, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, view.frames());
    }

    @Test
    void clickSelectsTheTokenUnderThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        robot.clickOn(b.getMinX() + 150 + 100.5, b.getMinY() + 200);
        assertEquals((int) Math.floor(100.5 / (850.0 / 400)), view.selectedTokenProperty().get());
    }

    @Test
    void shiftDragSelectsATokenRange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        double px = 850.0 / 400;
        robot.press(KeyCode.SHIFT);
        robot.drag(b.getMinX() + 150 + 10.5 * px, b.getMinY() + 200).dropTo(
                new javafx.geometry.Point2D(b.getMinX() + 150 + 20.5 * px, b.getMinY() + 200));
        robot.release(KeyCode.SHIFT);
        assertEquals(10, view.rangeStartProperty().get());
        assertEquals(21, view.rangeEndProperty().get());
        assertEquals(0, view.viewportProperty().get().firstToken(), 1e-9, "a range drag does not pan");
    }

    @Test
    void hoverTextShowsTheTokenAndItsAlternatives() {
        String text = TimelineView.describe(trace, 3);
        assertTrue(text.startsWith("\" w\"  #3"), text);
        assertTrue(text.contains("logprob -0.6931"), text);
        assertTrue(text.contains("top-2:"), text);
        assertTrue(text.contains("\" v\"") && text.contains("0.2500"), text);
    }

    @Test
    void lanesWithoutDataSayWhy() {
        TimelineData d = view.dataProperty().get();
        assertTrue(d.lane("harm").isEmpty());
        assertEquals("No harm scores in this trace", d.lane("harm").emptyText());
        assertTrue(!d.lane("entropy").isEmpty());
    }
}
