package dev.exitscope.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.function.LongConsumer;
import javafx.scene.Scene;

/**
 * Tells when a frame of a scene has been rendered: JavaFX calls a scene's performance tracker on the render thread
 * ({@code QuantumRenderer}) once the pulse's render job for that scene has painted the scene graph, executed the
 * canvas command buffers and presented the result (on Monocle headless: copied it into the screen buffer). That is
 * the end of a frame as a user would see it, which the FX thread alone cannot observe because rendering runs
 * after the FX thread has left the pulse. Uses the internal {@code com.sun.javafx.perf} API, reachable because the
 * benchmarks run JavaFX from the class path.
 */
public final class RenderedFrames {
    private volatile LongConsumer listener = t -> { };

    private RenderedFrames() {
    }

    /** Installs the hook on {@code scene}; FX thread. */
    public static RenderedFrames attach(Scene scene) {
        RenderedFrames frames = new RenderedFrames();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> frames.listener.accept(System.nanoTime()));
        return frames;
    }

    /** {@code l} receives the {@link System#nanoTime()} of each rendered frame, on the render thread. */
    public void onRendered(LongConsumer l) {
        listener = l;
    }
}
