package dev.exitscope.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Drives frames one at a time for a pulse benchmark: an animation timer (the first thing a pulse runs) makes one
 * change ({@link #change}), and the next change waits until the render thread has presented the frame that showed
 * it ({@link RenderedFrames}). The timer, the scene's listeners and the render hook hand the frame along through
 * volatile fields. Subclasses say what a frame changes, when it has reached the point they time up to, and what
 * they record.
 */
public abstract class FramePacer {
    private final Scene scene;
    private volatile long start;
    private volatile boolean inFlight;
    private volatile boolean recording;
    private volatile int remaining;
    private volatile CountDownLatch done = new CountDownLatch(0);

    /** FX thread. */
    protected FramePacer(Scene scene) {
        this.scene = scene;
    }

    /** Call once the subclass is ready to record: hooks the render thread. FX thread. */
    protected final void attach() {
        RenderedFrames.attach(scene).onRendered(this::rendered);
    }

    /** Makes one frame's change. FX thread, inside a pulse. */
    protected abstract void change();

    /** Whether the frame in flight has been laid out and drawn, so that its presentation ends it. */
    protected abstract boolean drawn();

    /** Records one frame: the change at {@code start}, presented at {@code presented} (nanoseconds). */
    protected abstract void record(long start, long presented);

    /** Prepares the scene when it is first shown (sizes, scroll position). FX thread. */
    protected void shown() {
    }

    /** Whether a frame is on its way. */
    protected final boolean inFlight() {
        return inFlight;
    }

    /** Shows this scene and paces {@code frames} frames; blocks the calling (non-FX) thread. */
    public final void run(Stage stage, int frames, boolean record) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        done = latch;
        recording = record;
        remaining = frames;
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick();
            }
        };
        Platform.runLater(() -> {
            if (stage.getScene() != scene) {
                stage.setScene(scene);
                stage.show();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                shown();
            }
            timer.start();
        });
        if (!latch.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(this + ": frames stopped arriving");
        }
        Platform.runLater(timer::stop);
    }

    private void tick() {
        if (inFlight) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(2)) {
                inFlight = false;   // a frame that never rendered (not expected): start over
            }
            return;
        }
        if (remaining <= 0) {
            return;
        }
        start = System.nanoTime();
        inFlight = true;
        change();
    }

    private void rendered(long now) {
        if (!inFlight || !drawn()) {
            return;
        }
        if (recording) {
            record(start, now);
        }
        inFlight = false;
        if (--remaining <= 0) {
            done.countDown();
        }
    }
}
