package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
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
        Bounds b = onFx(() -> view.tokenBounds(5));
        assertTrue(b != null, "token 5 is on screen");
        robot.clickOn(view.localToScreen(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, view.selectedTokenProperty().get());
        assertTrue(view.textArea().isFocused(), "a click gives the text the focus");
    }

    @Test
    void tokensOfOneStyleAreDrawnInOneCall() {
        WaitForAsyncUtils.waitForFxEvents();
        List<TokenFrame.Run> runs = onFx(() -> view.canvas().frame().runs());
        long tokens = 0;
        for (TokenFrame.Run run : runs) {
            tokens += run.end() - run.first();
            StringBuilder expected = new StringBuilder();
            for (int k = run.first(); k < run.end(); k++) {
                expected.append(MODEL.displayText(k));
            }
            assertEquals(expected.toString(), run.text());
        }
        assertTrue(tokens > 0 && runs.size() * 5 < tokens, runs.size() + " draw calls for " + tokens + " tokens");
    }

    @Test
    void selectingATokenFromOutsideScrollsItIntoView() {
        WaitForAsyncUtils.waitForFxEvents();
        int token = 73_456;
        Platform.runLater(() -> view.selectedTokenProperty().set(token));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = onFx(() -> view.tokenBounds(token));
        assertTrue(b != null, "token " + token + " is drawn");
        Bounds area = view.textArea().getBoundsInParent();
        assertTrue(b.getMinY() >= area.getMinY() && b.getMaxY() <= area.getMaxY(), b + " within " + area);
        assertEquals(1, onFx(() -> view.visibleMarks(TokenMark.CURSOR)), "the token is outlined");
    }

    @Test
    void linesPreparedOnAWorkerAreTheOnesTheViewShows() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TokenTextModel other = build(TokenTextFixtures.longTrace(20_000));
        java.util.concurrent.CompletableFuture.runAsync(() -> view.layouts().prepare(other)).get();
        TokenLines prepared = view.layouts().madeFor(other);
        assertTrue(prepared != null, "the worker wrapped the text for the view's width");
        Platform.runLater(() -> view.modelProperty().set(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(prepared == onFx(() -> view.canvas().lines()), "the view shows the prepared lines");
    }

    @Test
    void preparingAnotherTraceSurvivesTheShownOneBeingWrappedAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TokenTextModel other = build(TokenTextFixtures.longTrace(20_000));
        java.util.concurrent.CompletableFuture.runAsync(() -> view.layouts().prepare(other)).get();
        TokenLines prepared = view.layouts().madeFor(other);
        assertTrue(prepared != null);
        robot.interact(() -> view.getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> view.canvas().lines()).width() < prepared.width(), "the shown text was wrapped again");
        assertTrue(prepared == view.layouts().madeFor(other), "the other trace's lines are still there");
    }

    @Test
    void theSceneGraphDoesNotGrowWithTheTrace() {
        WaitForAsyncUtils.waitForFxEvents();
        int withText = onFx(() -> view.lookupAll("*").size());
        Platform.runLater(() -> view.selectedTokenProperty().set(99_000));
        WaitForAsyncUtils.waitForFxEvents();
        int[] drawn = onFx(() -> new int[] {view.canvas().frame().firstToken(), view.canvas().frame().endToken()});
        assertTrue(drawn[0] <= 99_000 && 99_000 < drawn[1], "token 99,000 drawn: " + Arrays.toString(drawn));
        assertTrue(drawn[1] - drawn[0] < 2_000, "only the tokens on screen are drawn: " + Arrays.toString(drawn));
        Platform.runLater(() -> view.modelProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        int empty = onFx(() -> view.lookupAll("*").size());
        assertEquals(empty, withText, "nodes with a 100,000-token trace and with none");
    }

    @Test
    void linesWrapWithinTheTextColumn() {
        WaitForAsyncUtils.waitForFxEvents();
        double right = onFx(() -> view.canvas().getWidth()) - 8;
        TokenFrame frame = onFx(() -> view.canvas().frame());
        for (int t = frame.firstToken(); t < frame.endToken(); t++) {
            Bounds b = onFx(tokenBoundsOf(t));
            if (b != null && b.getWidth() > 0) {
                assertTrue(b.getMaxX() <= right, "token " + t + " ends at " + b.getMaxX() + " within " + right);
            }
        }
    }

    private java.util.concurrent.Callable<Bounds> tokenBoundsOf(int t) {
        return () -> view.canvas().tokenBounds(t);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cursorKeysMoveTheSelectedTokenThroughTheText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.selectedTokenProperty().set(5);
            view.textArea().requestFocus();
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
        TokenFrame frame = onFx(() -> view.canvas().frame());
        javafx.scene.image.Image pixels = onFx(() -> view.canvas().snapshot(null, null));
        int checked = 0;
        for (int t = frame.firstToken(); t < frame.endToken(); t++) {
            int b = scale.bucket(t);
            Bounds box = onFx(tokenBoundsOf(t));
            if (box == null || b < 0 || box.getWidth() < 4 || box.getMinY() < 0
                    || box.getMaxY() > pixels.getHeight()) {
                continue;
            }
            int found = 0;
            for (double[] r : frame.marks(TokenMark.HEAT)) {
                if (box.getCenterX() >= r[0] && box.getCenterX() < r[0] + r[2] && box.getCenterY() >= r[1]
                        && box.getCenterY() < r[1] + r[3]) {
                    assertEquals(b, (int) r[4], "token " + t + " lies on the background of its bucket");
                    found++;
                }
            }
            assertEquals(1, found, "token " + t + " lies on exactly one background rectangle");
            if (!MODEL.cue(t)) {
                javafx.scene.paint.Color seen = pixels.getPixelReader().getColor(
                        (int) Math.ceil(box.getMinX()) + 1, (int) Math.ceil(box.getMinY()) + 1);
                javafx.scene.paint.Color want = TokenPalette.LIGHT.heat().get(b);
                assertEquals(want.getRed(), seen.getRed(), 1.5 / 255, "red at token " + t);
                assertEquals(want.getGreen(), seen.getGreen(), 1.5 / 255, "green at token " + t);
                assertEquals(want.getBlue(), seen.getBlue(), 1.5 / 255, "blue at token " + t);
            }
            checked++;
        }
        assertTrue(checked > 100, "tokens checked: " + checked);
    }
}
