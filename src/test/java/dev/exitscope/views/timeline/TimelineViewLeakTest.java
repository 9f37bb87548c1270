package dev.exitscope.views.timeline;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A timeline taken out of a window must not stay reachable from it: it holds a whole trace's timeline data (tens of
 * megabytes for a long trace), and the workbench replaces views inside one long-lived scene.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineViewLeakTest {
    private Stage stage;
    private StackPane root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new StackPane();
        stage.setScene(new Scene(root, 1008, 600));
        stage.show();
    }

    @Test
    void timelineRemovedFromALiveSceneCanBeCollected() throws Exception {
        WeakReference<TimelineView> ref = showThenRemove();
        assertNull(collected(ref), "the removed timeline is still reachable");
    }

    @Test
    void timelineCanBeCollectedOnceItsSceneIsReplaced() throws Exception {
        WeakReference<TimelineView> ref = showThenRemove();
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(new Scene(new StackPane(), 1008, 600))).get();
        root = null;  // the old root would keep the old scene
        assertNull(collected(ref), "the timeline is reachable from something other than its old scene");
    }

    /** Shows a timeline holding a trace's data for a few pulses, removes it, and keeps only a weak reference. */
    private WeakReference<TimelineView> showThenRemove() throws Exception {
        TimelineData data = TimelineData.of(SignalCache.compute(trace(), SignalOptions.defaults(), null));
        List<WeakReference<TimelineView>> ref = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            TimelineView view = new TimelineView();
            view.dataProperty().set(data);
            root.getChildren().add(view);
            ref.add(new WeakReference<>(view));
        }).get();
        WaitForAsyncUtils.waitForFxEvents(4);
        WaitForAsyncUtils.asyncFx(() -> root.getChildren().clear()).get();
        WaitForAsyncUtils.waitForFxEvents(4);
        return ref.get(0);
    }

    /** What {@code ref} still refers to after up to 20 collections with some allocation in between. */
    private static <T> T collected(WeakReference<T> ref) throws Exception {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            List<byte[]> garbage = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                garbage.add(new byte[1 << 16]);
            }
            garbage.clear();
            System.gc();
            // a pulse runs between attempts so that anything JavaFX releases on the next pulse is released
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(20);
        }
        return ref.get();
    }

    private static Trace trace() {
        TraceBuilder b = new TraceBuilder("leak");
        for (int i = 0; i < 2_000; i++) {
            b.addToken(i % 20 == 19 ? ".\n\n" : i % 50 == 7 ? " wait" : " w", (float) Math.log(0.5));
            b.addAlternative(" w", (float) Math.log(0.5));
            b.addAlternative(" v", (float) Math.log(0.25));
        }
        return b.build();
    }
}
