package dev.exitscope.app;

import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;

/**
 * Turns the bytes a worker has read of a trace file into the loading progress shown in the status bar: reading
 * fills the first {@link #READ_SHARE} of the bar (computing the signals the rest), and a new value is posted at most
 * every {@link #INTERVAL_NANOS}, so that the bar costs a few frames a second rather than one per buffer read. Used
 * by one worker at a time.
 */
final class LoadProgress implements LongConsumer {
    /** The part of the bar that reading the file fills. */
    static final double READ_SHARE = 0.85;
    static final long INTERVAL_NANOS = 100_000_000L;

    private final long total;
    private final DoubleConsumer post;
    private long lastPost = Long.MIN_VALUE;
    private double posted;

    /** Reports progress through {@code post} (called on the worker) for a file of {@code total} stored bytes. */
    LoadProgress(long total, DoubleConsumer post) {
        this.total = Math.max(1, total);
        this.post = post;
    }

    @Override
    public void accept(long read) {
        double f = READ_SHARE * Math.min(1.0, (double) read / total);
        long now = System.nanoTime();
        if (f > posted && (lastPost == Long.MIN_VALUE || now - lastPost >= INTERVAL_NANOS)) {
            posted = f;
            lastPost = now;
            post.accept(f);
        }
    }

    /** Reading is over: the bar shows {@link #READ_SHARE} while the signals are computed. */
    void readDone() {
        posted = READ_SHARE;
        post.accept(READ_SHARE);
    }
}
