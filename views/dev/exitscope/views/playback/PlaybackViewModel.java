package dev.exitscope.views.playback;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Playback of one trace: how many tokens have been played ({@link #positionProperty()}, 0 to the trace's length),
 * whether it is playing, and at what speed. Time comes from outside: {@link #tick(long)} is called with a clock's
 * reading in nanoseconds (a frame timer's in the window, a test's own numbers in tests), and the position is where
 * speed × the time since playing started puts it, so it never depends on how often it is ticked. Playback is
 * {@linkplain #activeProperty() active} from the first play, step or scrub until {@link #stop()}. FX thread only.
 */
public final class PlaybackViewModel {
    /** Speeds offered, in tokens per second. */
    public static final double[] SPEEDS = {5, 10, 25, 50, 100, 250, 500, 1000, 2000};

    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 50);
    /** The clock reading and position playing last went on from; the position follows from them exactly. */
    private long anchorNanos = Long.MIN_VALUE;
    private int anchorPosition;

    public PlaybackViewModel() {
        speed.addListener(o -> anchorNanos = Long.MIN_VALUE);
    }

    /** A new trace of {@code tokens} tokens: playback stops and starts again from its beginning. */
    public void load(int tokens) {
        stop();
        total.set(Math.max(0, tokens));
    }

    /** Starts playing from the current position (from the start when at the end). */
    public void play() {
        if (total.get() == 0) {
            return;
        }
        if (position.get() >= total.get()) {
            position.set(0);
        }
        active.set(true);
        playing.set(true);
        anchorNanos = Long.MIN_VALUE;
    }

    public void pause() {
        playing.set(false);
    }

    /** Play or pause. */
    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and moves by {@code tokens} (negative: back), within the trace. */
    public void step(int tokens) {
        pause();
        scrubTo(position.get() + tokens);
    }

    /** Moves to {@code tokens} played, within the trace; playing goes on from there. */
    public void scrubTo(int tokens) {
        active.set(true);
        position.set(Math.max(0, Math.min(total.get(), tokens)));
        anchorNanos = Long.MIN_VALUE;
    }

    /** Ends playback: the whole trace is shown again. */
    public void stop() {
        playing.set(false);
        active.set(false);
        position.set(0);
        anchorNanos = Long.MIN_VALUE;
    }

    /**
     * Advances to where the time since playing (re)started puts it at the current speed; {@code nanos} from a
     * monotonic clock. The first tick after a start, a scrub or a change of speed only reads the clock.
     */
    public void tick(long nanos) {
        if (!playing.get()) {
            return;
        }
        if (anchorNanos == Long.MIN_VALUE) {
            anchorNanos = nanos;
            anchorPosition = position.get();
            return;
        }
        double tokens = Math.floor((nanos - anchorNanos) * speed.get() / 1e9);
        int next = (int) Math.min(total.get(), anchorPosition + tokens);
        position.set(next);
        if (next >= total.get()) {
            playing.set(false);
        }
    }

    /** Tokens played so far. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Tokens in the trace. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether playback is shown (after a play, step or scrub, until stop). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Tokens per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
