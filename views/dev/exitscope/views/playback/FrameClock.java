package dev.exitscope.views.playback;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * Calls back once a frame with the frame's time in nanoseconds while started. The window uses
 * {@link #animationTimer()}; tests use their own, which they advance by hand.
 */
public interface FrameClock {
    /** Starts calling {@code onFrame} once a frame (again, after a stop). */
    void start(LongConsumer onFrame);

    /** Stops calling back. */
    void stop();

    /** The clock of JavaFX's pulses. FX thread only. */
    static FrameClock animationTimer() {
        return new FrameClock() {
            private AnimationTimer timer;

            @Override
            public void start(LongConsumer onFrame) {
                stop();
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        onFrame.accept(now);
                    }
                };
                timer.start();
            }

            @Override
            public void stop() {
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
        };
    }
}
