package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.search.TextMatches;
import dev.exitscope.analysis.search.TextSearch;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find marks, the dark palette and lanes the trace lacks, read back from the canvas pixels. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineMarksTest {
    private static final int WIDTH = 1008;
    private static final int HEIGHT = 600;
    private TimelineView view;
    private Trace trace;

    @Start
    void start(Stage stage) {
        TraceBuilder b = new TraceBuilder("t");
        for (int i = 0; i < 400; i++) {
            b.addToken(i == 100 || i == 300 ? " Wait" : " w", (float) Math.log(0.5));
        }
        trace = b.build();
        view = new TimelineView();
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        view.dataProperty().set(TimelineData.of(SignalCache.compute(trace, SignalOptions.defaults(), null)));
    }

    private Color pixel(FxRobot robot, int x, int y) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            view.drawIfDirty();
            Canvas c = (Canvas) view.getChildrenUnmodifiable().get(0);
            img[0] = c.snapshot(null, null);
        });
        return img[0].getPixelReader().getColor(x, y);
    }

    private TimelineLayout layout() {
        return TimelineView.layoutFor(view.dataProperty().get(), WIDTH, HEIGHT, List.copyOf(view.lanes()));
    }

    @Test
    void everyMatchTicksItsPixelColumnOfTheOverviewAndNoOtherColumn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextMatches m = TextSearch.find(trace, "wait", false);
        assertEquals(2, m.count());
        int y = (int) layout().overviewY() + 3;
        double w = layout().plotWidth();
        int tick = (int) Math.ceil(300 * w / 400);
        int x = (int) layout().plotX() + tick;
        int plain = x - 40;
        Color beforeTick = pixel(robot, x, y);
        Color beforePlain = pixel(robot, plain, y);
        robot.interact(() -> {
            view.matchesProperty().set(m);
            view.currentMatchProperty().set(0);
        });
        Color tickColour = pixel(robot, x, y);
        assertNotEquals(beforeTick, tickColour, "token 300's column is ticked");
        assertTrue(tickColour.getRed() > tickColour.getBlue() + 0.15, "an orange tick: " + tickColour);
        assertEquals(beforePlain, pixel(robot, plain, y), "a column without a match is unchanged");
        assertEquals(beforeTick, pixel(robot, x, (int) layout().overviewY() + 20), "the tick is 7 px tall");
    }

    @Test
    void zoomedInAVisibleMatchGetsABarAtTheTopOfThePlot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.viewportProperty().set(new TimelineViewport(400, layout().plotWidth(), 90, 20)));
        int x = (int) layout().plotX() + (int) (10.5 * 20);
        Color before = pixel(robot, x, 2);
        robot.interact(() -> view.matchesProperty().set(TextSearch.find(trace, "wait", false)));
        Color after = pixel(robot, x, 2);
        assertNotEquals(before, after);
        assertTrue(after.getRed() > after.getBlue() + 0.2, "orange bar over token 100: " + after);
        assertEquals(before, pixel(robot, (int) layout().plotX() + (int) (5.5 * 20), 2), "token 95 has no bar");
    }

    @Test
    void theDarkPaletteDrawsADarkBackground(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.WHITE, pixel(robot, 145, 3));
        robot.interact(() -> view.darkProperty().set(true));
        Color dark = pixel(robot, 145, 3);
        assertEquals(Color.web("#0d1117"), dark);
    }

    @Test
    void aLaneTheTraceLacksTakesNoRoomAndIsNamedOnTheLineBelowTheLanes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.lanes().setAll(List.of("surprisal", "series:absent")));
        TimelineLayout l = layout();
        assertEquals(List.of("surprisal"), l.lanes());
        assertEquals(List.of("series:absent"), l.collapsed());
        // one lane takes all the height but the structure, the overview, the collapsed line and four gaps
        assertEquals(HEIGHT - 46 - 26 - (18 + 6) - 6 * 3, l.laneHeight(), 1e-9);
        assertEquals("surprisal", view.laneAt(l.laneY(0) + 5));
        int y = (int) (l.laneY(0) + l.laneHeight() - 3);
        assertEquals(Color.web("#f6f7f9"), pixel(robot, (int) l.plotX() + 10, y), "the surprisal lane's background");
        assertEquals("Not in this trace: series:absent — not in this trace",
                TimelineRenderer.collapsedText(view.dataProperty().get(), l.collapsed()));
    }
}
