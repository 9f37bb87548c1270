package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample OpenAI chat completion (91 tokens with top-k logprobs) on the timeline, zoomed in as far as it fills
 * the width: each token's entropy bar ends where the analysis layer's estimate (the upper bound) puts it, solid up
 * to the lower bound and a light band above, and hovering a token shows its alternatives.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineLaneValuesTest {
    private static final int WIDTH = 1208;
    private static final int HEIGHT = 640;
    private static final double PX = 8;
    /** Opacity of the band between the entropy bounds ({@code approximateRange} of the light palette). */
    private static final double BAND = 0.28;
    private TimelineView view;
    private Trace trace;
    private EntropyColumns entropy;

    @Start
    void start(Stage stage) throws Exception {
        List<Trace> read = new ArrayList<>();
        Importers.standard().read(InputSource.of(Path.of("sample-traces/formats/openai-chat.json")),
                ImportOptions.DEFAULT, read::add);
        trace = read.get(0);
        TraceSignals s = SignalCache.compute(trace, SignalOptions.defaults(), null);
        entropy = s.entropy();
        view = new TimelineView();
        view.lanes().setAll(List.of("entropy", "harm"));
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        view.dataProperty().set(TimelineData.of(s));
    }

    private PixelReader pixels(FxRobot robot) {
        PixelReader[] out = new PixelReader[1];
        robot.interact(() -> {
            view.drawIfDirty();
            out[0] = ((Canvas) view.getChildrenUnmodifiable().get(0)).snapshot(null, null).getPixelReader();
        });
        return out[0];
    }

    @Test
    void entropyBarHeightsAreInTheRatiosOfTheAnalysisValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout l = TimelineView.layoutFor(view.dataProperty().get(), WIDTH, HEIGHT, List.of("entropy",
                "harm"));
        robot.interact(() -> view.viewportProperty().set(new TimelineViewport(trace.tokenCount(), l.plotWidth(), 0,
                PX)));
        PixelReader px = pixels(robot);
        TimelineViewport v = view.viewportProperty().get();
        assertEquals(0, v.firstToken());
        Color bar = Color.web("#e69f00");
        Color background = Color.web("#f6f7f9");
        int visible = (int) Math.min(trace.tokenCount(), l.plotWidth() / v.pxPerToken());
        double[] height = new double[visible];
        double[] solid = new double[visible];
        int tallest = 0;
        for (int t = 0; t < visible; t++) {
            assertTrue(entropy.approximate(t), "top-k estimates only in this sample");
            int x = (int) (l.plotX() + v.xOf(t) + v.pxPerToken() / 2);
            for (int y = (int) l.laneY(0); y < l.laneY(0) + l.laneHeight(); y++) {
                Color c = px.getColor(x, y);
                if (c.getOpacity() < 1) {
                    continue;
                }
                // 1 for the solid bar, about BAND for the light band over the lane background (8-bit channels)
                double share = colourShare(c, bar, background);
                boolean band = Math.abs(share - BAND) < 0.02;
                height[t] += band ? 1 : Math.min(1, share / BAND);
                solid[t] += band ? 0 : Math.max(0, (share - BAND) / (1 - BAND));
            }
            if (entropy.entropy(t) > entropy.entropy(tallest)) {
                tallest = t;
            }
        }
        assertTrue(height[tallest] > 30, "the highest-entropy token has a tall bar: " + height[tallest]);
        double pxPerNat = height[tallest] / entropy.entropy(tallest);
        int checked = 0;
        int banded = 0;
        for (int t = 0; t < visible; t++) {
            assertEquals(pxPerNat * entropy.entropy(t), height[t], 1.5, "bar of token " + t + " (entropy "
                    + entropy.entropy(t) + ") up to the estimate, the upper bound");
            assertEquals(pxPerNat * entropy.lower(t), solid[t], 1.5, "solid part of token " + t + " up to the lower"
                    + " bound " + entropy.lower(t) + ", the band above it");
            if (pxPerNat * (entropy.upper(t) - entropy.lower(t)) >= 3) {
                banded++;
            }
            checked++;
        }
        assertTrue(checked >= 50, "bars checked: " + checked);
        assertTrue(banded >= 5, "tokens with a band of 3 px or more: " + banded);
    }

    /** How much of {@code c} is {@code fg} over {@code bg} (an anti-aliased edge pixel), from the green channel. */
    private static double colourShare(Color c, Color fg, Color bg) {
        return Math.max(0, Math.min(1, (bg.getGreen() - c.getGreen()) / (bg.getGreen() - fg.getGreen())));
    }

    @Test
    void aLaneWithoutDataIsCollapsedIntoTheLineThatNamesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout l = TimelineView.layoutFor(view.dataProperty().get(), WIDTH, HEIGHT, List.of("entropy",
                "harm"));
        assertEquals("No harm scores in this trace", view.dataProperty().get().lane("harm").emptyText());
        assertEquals(List.of("harm"), l.collapsed());
        assertEquals("Not in this trace: Harm score — no harm scores in this trace",
                TimelineRenderer.collapsedText(view.dataProperty().get(), l.collapsed()));
        PixelReader px = pixels(robot);
        int series = 0;
        int text = 0;
        for (int y = (int) l.collapsedY() + 1; y < l.collapsedY() + TimelineLayout.COLLAPSED - 1; y++) {
            for (int x = (int) l.plotX() + 1; x < l.plotX() + l.plotWidth() - 1; x++) {
                Color c = px.getColor(x, y);
                if (c.equals(Color.web("#e69f00")) || c.equals(Color.web("#0072b2"))) {
                    series++;
                }
                if (c.getRed() < 0.6 && Math.abs(c.getRed() - c.getBlue()) < 0.1) {
                    text++;
                }
            }
        }
        assertEquals(0, series, "no bars or zeros for a lane without data");
        assertTrue(text > 50, "the line naming it is drawn in grey: " + text);
    }

    @Test
    void hoveringATokenShowsItsTopAlternatives(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineLayout l = TimelineView.layoutFor(view.dataProperty().get(), WIDTH, HEIGHT, List.of("entropy",
                "harm"));
        robot.interact(() -> view.viewportProperty().set(new TimelineViewport(trace.tokenCount(), l.plotWidth(), 0,
                PX)));
        int t = 4;
        TimelineViewport v = view.viewportProperty().get();
        robot.moveTo(view, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(l.plotX() + v.xOf(t + 0.4),
                l.laneY(0) + 10), org.testfx.robot.Motion.DIRECT);
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip tip && tip.isShowing()));
        Tooltip tip = (Tooltip) Window.getWindows().stream().filter(w -> w instanceof Tooltip tt && tt.isShowing())
                .findFirst().orElseThrow();
        String text = tip.getText();
        assertTrue(text.startsWith("\"" + trace.tokenText(t).replace("\n", "\\n") + "\"  #" + t), text);
        int k = trace.topK().count(t);
        assertTrue(text.contains("top-" + k + ":"), text);
        for (int j = 0; j < k; j++) {
            String alternative = String.format(java.util.Locale.ROOT, "%.4f", Math.exp(trace.topK().logprob(t, j)));
            assertTrue(text.contains(alternative),
                    "alternative " + j + " in " + text);
        }
    }
}
