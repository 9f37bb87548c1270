package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PreparedFrameTest {
    private TimelineView prepared;
    private TimelineView computed;

    @Start
    void start(Stage stage) {
        prepared = new TimelineView();
        computed = new TimelineView();
        prepared.setPrefSize(800, 420);
        computed.setPrefSize(800, 420);
        stage.setScene(new Scene(new HBox(prepared, computed), 1600, 420));
        stage.show();
    }

    private static TimelineData data(int n) {
        TraceBuilder b = new TraceBuilder("t" + n);
        for (int i = 0; i < n; i++) {
            double p = 0.2 + 0.75 * ((i * 7919L) % 101) / 100.0;
            b.addToken(i % 40 == 39 ? ".\n\n" : i % 97 == 0 ? " Wait" : " w" + (i % 13), (float) Math.log(p));
            b.addAlternative(" w", (float) Math.log(p));
            b.addAlternative(" v", (float) Math.log((1 - p) / 2));
        }
        return TimelineData.of(SignalCache.compute(b.build(), SignalOptions.defaults(), null));
    }

    private static int[] pixels(TimelineView v) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PlotRaster r = v.rasterForTests();
            int[] p = new int[r.width() * r.height()];
            for (int y = 0; y < r.height(); y++) {
                for (int x = 0; x < r.width(); x++) {
                    p[y * r.width() + x] = r.pixel(x, y);
                }
            }
            return p;
        }).get();
    }

    @Test
    void aFramePreparedOnAWorkerIsUsedAndHasTheSamePixelsAsOneDrawnOnTheFxThread() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineData d = data(30_000);
        CompletableFuture.runAsync(() -> prepared.prepare(d)).get();
        Platform.runLater(() -> {
            prepared.dataProperty().set(d);
            computed.dataProperty().set(d);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> prepared.frames() > 0 && computed.frames() > 0);
        assertEquals(1, prepared.preparedFramesUsed(), "the first frame took the prepared marks");
        assertEquals(0, computed.preparedFramesUsed());
        int[] a = pixels(prepared);
        int[] b = pixels(computed);
        assertEquals(b.length, a.length);
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += a[i] != b[i] ? 1 : 0;
        }
        assertEquals(0, differ, "pixels differing between the prepared and the computed frame");
    }

    @Test
    void aPreparedFrameIsNotUsedWhenTheFrameAskedForDiffers() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineData d = data(5_000);
        CompletableFuture.runAsync(() -> prepared.prepare(d)).get();
        Platform.runLater(() -> {
            prepared.dataProperty().set(d);
            prepared.selectedTokenProperty().set(100);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> prepared.frames() > 0);
        assertEquals(0, prepared.preparedFramesUsed(), "a selected token makes it another frame");
        assertTrue(pixels(prepared).length > 0);
    }
}
