package dev.exitscope.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is unavailable. A heartbeat thread posts one {@code Platform.runLater} at a time,
 * about every 2 ms, and records the delay until the FX thread runs it: that delay is the rest of whatever the FX
 * thread was doing (an event handler, a posted task, a pulse), so the longest delay bounds the longest FX task from
 * below by at most the beat interval. While a beat has waited longer than {@code sampleAfterMs}, the FX thread's
 * stack is sampled every 5 ms so that a long stall can be attributed. Start and stop from any non-FX thread.
 */
public final class FxStallMonitor {
    /** One heartbeat that waited long: when it was posted (relative to {@link #start}), how long, what ran. */
    public record Stall(long postedNanos, long waitedNanos, List<StackTraceElement[]> samples) {
    }

    private final Thread fxThread;
    private final long sampleAfterNanos;
    private final List<Stall> stalls = new ArrayList<>();
    private final Samples waits = new Samples();
    private volatile boolean running;
    private Thread beater;
    private long origin;

    public FxStallMonitor(Thread fxThread, double sampleAfterMs) {
        this.fxThread = fxThread;
        this.sampleAfterNanos = (long) (sampleAfterMs * 1e6);
    }

    /** The FX application thread, found by running on it; call from a non-FX thread. */
    public static Thread fxThread() throws InterruptedException {
        Thread[] t = new Thread[1];
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            t[0] = Thread.currentThread();
            latch.countDown();
        });
        latch.await();
        return t[0];
    }

    /** Starts beating; times in {@link Stall} are relative to {@code originNanos} ({@link System#nanoTime()}). */
    public void start(long originNanos) {
        origin = originNanos;
        running = true;
        beater = new Thread(this::beat, "fx-heartbeat");
        beater.setDaemon(true);
        beater.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        beater.join();
    }

    /** Delays of all beats. */
    public Samples waits() {
        return waits;
    }

    /** The {@code n} longest stalls (beats that waited more than the sampling threshold), longest first. */
    public List<Stall> longest(int n) {
        List<Stall> sorted = new ArrayList<>(stalls);
        sorted.sort(Comparator.comparingLong(Stall::waitedNanos).reversed());
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    private void beat() {
        while (running) {
            long posted = System.nanoTime();
            long[] served = {0};
            Platform.runLater(() -> {
                synchronized (served) {
                    served[0] = System.nanoTime();
                    served.notifyAll();
                }
            });
            List<StackTraceElement[]> samples = new ArrayList<>();
            synchronized (served) {
                while (served[0] == 0) {
                    long waited = System.nanoTime() - posted;
                    if (waited > sampleAfterNanos) {
                        samples.add(fxThread.getStackTrace());
                    }
                    try {
                        served.wait(waited > sampleAfterNanos ? 5 : 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            long waited = served[0] - posted;
            waits.add(waited);
            if (waited > sampleAfterNanos) {
                stalls.add(new Stall(posted - origin, waited, samples));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * A few lines per stall: its time, its length, and for each distinct sample the {@code frames} innermost frames
     * and the innermost project frame (what part of ExitScope the JavaFX code was working for).
     */
    public static String describe(Stall s, int frames) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  at +%.0f ms: FX thread busy %.1f ms",
                s.postedNanos() / 1e6, s.waitedNanos() / 1e6));
        List<String> seen = new ArrayList<>();
        for (StackTraceElement[] stack : s.samples()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < Math.min(frames, stack.length); i++) {
                line.append(i == 0 ? "" : " < ").append(simple(stack[i]));
            }
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("dev.exitscope")) {
                    line.append(" ... ").append(simple(e));
                    break;
                }
            }
            if (!seen.contains(line.toString())) {
                seen.add(line.toString());
            }
        }
        for (String line : seen) {
            sb.append(System.lineSeparator()).append("      ").append(line);
        }
        return sb.toString();
    }

    private static String simple(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
    }
}
