package dev.exitscope.views.work;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * "Latest result wins" for work that the user can start again before it finishes (opening a trace, a search, a
 * replay): each start takes a {@link Ticket}; a result is handed to the FX thread only if no newer ticket was taken
 * (and {@link #cancel()} was not called) meanwhile, checked again on the FX thread just before it is applied, so a
 * late result never overwrites a newer one. Workers ask {@link Ticket#superseded()} to stop early. Thread-safe.
 */
public final class LatestWins {
    private final AtomicLong generation = new AtomicLong();
    private final Executor fx;

    /** @param fx runs what a current ticket delivers (the FX thread's {@code Platform::runLater} in the window) */
    public LatestWins(Executor fx) {
        this.fx = fx;
    }

    /** A ticket for new work; every ticket taken before is superseded. */
    public Ticket next() {
        return new Ticket(generation.incrementAndGet());
    }

    /** Supersedes every ticket taken so far, without starting new work. */
    public void cancel() {
        generation.incrementAndGet();
    }

    /** The right to deliver the results of one piece of work, as long as no newer work started. */
    public final class Ticket {
        private final long id;

        private Ticket(long id) {
            this.id = id;
        }

        /** Whether newer work was started or everything was cancelled since this ticket was taken. */
        public boolean isSuperseded() {
            return generation.get() != id;
        }

        /** {@link #isSuperseded()} as a supplier, for loops that poll it. */
        public BooleanSupplier superseded() {
            return this::isSuperseded;
        }

        /** Runs {@code action} on the FX executor, unless the ticket is superseded by the time it would run. */
        public void deliver(Runnable action) {
            fx.execute(() -> {
                if (!isSuperseded()) {
                    action.run();
                }
            });
        }
    }
}
