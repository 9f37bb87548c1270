package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
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
class TokenTextViewTest {
    private static final TokenTextModel MODEL = build(TokenTextFixtures.longTrace(100_000));
    private TokenTextView view;

    private static TokenTextModel build(Trace t) {
        TraceSignals s = SignalCache.compute(t, SignalOptions.defaults(), null);
        return TokenTextModel.of(TimelineData.of(s), s.entropy());
    }

    @Start
    void start(Stage stage) {
        view = new TokenTextView();
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
        view.modelProperty().set(MODEL);
    }

    @Test
    void clickingATokenSelectsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TokenParagraph paragraph = robot.lookup((Node n) -> n instanceof TokenParagraph p && p.charRange(5) != null)
                .queryAs(TokenParagraph.class);
        int[] range = paragraph.charRange(5);
        javafx.scene.shape.PathElement[] shape = paragraph.flow().rangeShape(range[0], range[1]);
        javafx.scene.shape.Path path = new javafx.scene.shape.Path(shape);
        Bounds b = path.getBoundsInLocal();
        javafx.geometry.Point2D centre = paragraph.flow().localToScreen(b.getCenterX(), b.getCenterY());
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, view.selectedTokenProperty().get());
    }

    @Test
    void tokensOfOneStyleShareATextNode() {
        WaitForAsyncUtils.waitForFxEvents();
        long runs = 0;
        long tokens = 0;
        for (Node n : view.list().lookupAll(".token-paragraph")) {
            TokenParagraph p = (TokenParagraph) n;
            for (Node t : p.flow().getChildren()) {
                TokenText run = (TokenText) t;
                runs++;
                tokens += run.endToken() - run.firstToken();
                StringBuilder expected = new StringBuilder();
                for (int k = run.firstToken(); k < run.endToken(); k++) {
                    expected.append(MODEL.displayText(k));
                }
                assertEquals(expected.toString(), run.getText());
            }
        }
        assertTrue(tokens > 0 && runs * 5 < tokens, runs + " text nodes for " + tokens + " tokens");
    }

    @Test
    void selectingATokenFromOutsideScrollsItsParagraphIntoView() {
        WaitForAsyncUtils.waitForFxEvents();
        int token = 73_456;
        int paragraph = MODEL.paragraphOf(token);
        Platform.runLater(() -> view.selectedTokenProperty().set(token));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = cellOf(paragraph);
        assertTrue(cell != null && cell.isVisible(), "a visible cell shows paragraph " + paragraph);
        Bounds inList = view.list().sceneToLocal(cell.localToScene(cell.getBoundsInLocal()));
        assertTrue(inList.getMinY() >= -1 && inList.getMaxY() <= view.list().getHeight() + 1,
                "cell within the list: " + inList);
    }

    @Test
    void aHundredThousandTokenTraceCreatesOnlyTheCellsOnScreen() {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> view.selectedTokenProperty().set(99_000));
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> view.selectedTokenProperty().set(20_000));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> cells = view.list().lookupAll(".list-cell");
        long tokens = view.list().lookupAll(".token-flow").stream()
                .mapToLong(f -> ((javafx.scene.Parent) f).getChildrenUnmodifiable().stream()
                        .mapToLong(t -> ((TokenText) t).endToken() - ((TokenText) t).firstToken()).sum()).sum();
        assertTrue(MODEL.paragraphCount() > 2000);
        assertTrue(cells.size() < 80, "cells: " + cells.size());
        assertTrue(tokens > 0 && tokens < 80 * 40, "token nodes: " + tokens);
    }

    private ListCell<?> cellOf(int paragraph) {
        for (Node n : view.list().lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() instanceof Integer i && i == paragraph) {
                return c;
            }
        }
        return null;
    }

    @Test
    void cursorKeysMoveTheSelectedTokenThroughTheText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.selectedTokenProperty().set(5);
            view.list().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(6, view.selectedTokenProperty().get());
        robot.type(javafx.scene.input.KeyCode.LEFT, 2);
        assertEquals(4, view.selectedTokenProperty().get());
        int p = MODEL.paragraphOf(4);
        int offset = 4 - MODEL.paragraphStart(p);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        int expected = Math.min(MODEL.paragraphEnd(p + 1) - 1, MODEL.paragraphStart(p + 1) + offset);
        assertEquals(expected, view.selectedTokenProperty().get());
        robot.type(javafx.scene.input.KeyCode.END);
        assertEquals(MODEL.paragraphEnd(p + 1) - 1, view.selectedTokenProperty().get());
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertEquals(MODEL.paragraphStart(p + 1), view.selectedTokenProperty().get());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.CONTROL);
        assertEquals(MODEL.tokenCount() - 1, view.selectedTokenProperty().get());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(MODEL.tokenCount() - 1, view.selectedTokenProperty().get(), "the cursor stops at the end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.visibleMarks(TokenMark.CURSOR),
                "the token under the cursor is outlined after scrolling to the end");
    }

    @Test
    void eachTokenSitsOnTheBackgroundOfItsQuantileBucket() {
        WaitForAsyncUtils.waitForFxEvents();
        HeatScale scale = MODEL.scale(TokenSignal.ENTROPY);
        int checked = 0;
        for (Node n : view.list().lookupAll(".token-paragraph")) {
            TokenParagraph p = (TokenParagraph) n;
            if (!p.isVisible() || p.getScene() == null) {
                continue;
            }
            for (int t = p.firstToken(); p.charRange(t) != null; t++) {
                int[] r = p.charRange(t);
                int b = scale.bucket(t);
                if (r[1] - r[0] < 2 || b < 0) {
                    continue;
                }
                javafx.scene.shape.PathElement[] shape = p.flow().rangeShape(r[0], r[1]);
                if (shape.length != 5) {
                    continue;   // a token wrapped across two lines has two rectangles; its bounds' centre is neither
                }
                Bounds tb = new javafx.scene.shape.Path(shape).getBoundsInLocal();
                double x = tb.getCenterX();
                double y = tb.getCenterY();
                int found = 0;
                for (double[] box : p.drawn(TokenMark.HEAT)) {
                    if (x >= box[0] && x < box[0] + box[2] && y >= box[1] && y < box[1] + box[3]) {
                        assertEquals(b, (int) box[4], "token " + t + " lies on the background of its bucket");
                        found++;
                    }
                }
                assertEquals(1, found, "token " + t + " lies on exactly one background rectangle");
                checked++;
            }
        }
        assertTrue(checked > 100, "tokens checked: " + checked);
    }
}
