package dev.exitscope.views.opentrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.views.tokentext.TokenTextModel;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The open / cancel / redundancy-follows sequence, with the FX thread played by a queue the test empties, so every
 * interleaving is chosen by the test.
 */
class OpenTraceViewModelTest {
    private final Queue<Runnable> fx = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> afterDrawn = new ArrayDeque<>();
    private final ExecutorService thread = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    private static Prepared prepared(String id, int tokens) {
        TraceBuilder b = new TraceBuilder(id);
        for (int i = 0; i < tokens; i++) {
            b.addToken(i == 0 ? "w" : " w", -0.5f);
        }
        Trace t = b.build();
        TraceSignals s = SignalCache.compute(t, SignalOptions.defaults(), null);
        TimelineData d = TimelineData.of(s);
        return new Prepared(TraceSummary.of(t, id + ".traces.jsonl", "native"), d,
                TokenTextModel.of(d, s.entropy()));
    }

    private record Prepared(TraceSummary summary, TimelineData timeline, TokenTextModel text) {
    }

    /** A loader over prepared traces; {@code pending} ids come with their redundancy still to compute. */
    private static final class FakeLoader implements OpenTraceViewModel.Loader {
        final Map<String, Prepared> traces = new HashMap<>();
        final Map<String, TimelineData> full = new HashMap<>();
        final List<String> pending;
        final Map<String, CountDownLatch> gates = new HashMap<>();
        final CountDownLatch started = new CountDownLatch(1);

        FakeLoader(List<String> pending, Prepared... ps) {
            this.pending = pending;
            for (Prepared p : ps) {
                traces.put(p.summary().id(), p);
            }
        }

        @Override
        public OpenTraceViewModel.Opened open(TraceSummary s, DoubleConsumer progress) throws Exception {
            CountDownLatch gate = gates.get(s.id());
            if (gate != null) {
                started.countDown();
                awaitIgnoringInterrupts(gate);
            }
            Prepared p = traces.get(s.id());
            if (p == null) {
                throw new IOException(s.file() + ": no trace with id '" + s.id() + "'");
            }
            progress.accept(0.5);
            return new OpenTraceViewModel.Opened(p.timeline(), p.text(), pending.contains(s.id()));
        }

        @Override
        public TimelineData withRedundancy(TimelineData first) {
            return full.get(first.trace().id());
        }
    }

    /** Waits as a loader would that does not notice it was interrupted. */
    private static void awaitIgnoringInterrupts(CountDownLatch gate) {
        boolean open = false;
        while (!open) {
            try {
                open = gate.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                open = gate.getCount() == 0;
            }
        }
    }

    private OpenTraceViewModel model(FakeLoader loader) {
        return new OpenTraceViewModel(loader, worker::add, fx::add, afterDrawn::add);
    }

    private static void drain(Queue<Runnable> q) {
        for (Runnable r = q.poll(); r != null; r = q.poll()) {
            r.run();
        }
    }

    @Test
    void aTraceIsShownOnceItsLoadIsHandedToTheFxThread() {
        Prepared a = prepared("a", 12);
        OpenTraceViewModel m = model(new FakeLoader(List.of(), a));
        m.open(a.summary());
        assertTrue(m.loadingProperty().get());
        assertEquals("Loading a …", m.statusProperty().get());
        drain(worker);
        assertNull(m.timelineProperty().get(), "nothing is shown before the FX thread takes it");
        drain(fx);
        assertSame(a.timeline(), m.timelineProperty().get());
        assertSame(a.text(), m.textProperty().get());
        assertSame(a.summary(), m.shownProperty().get());
        assertEquals("a · 12 tokens", m.statusProperty().get());
        assertFalse(m.loadingProperty().get());
    }

    @Test
    void aLoadThatFinishesAfterANewerOneIsNeverShown() throws Exception {
        Prepared a = prepared("a", 3);
        Prepared b = prepared("b", 5);
        FakeLoader loader = new FakeLoader(List.of(), a, b);
        CountDownLatch releaseA = new CountDownLatch(1);
        loader.gates.put("a", releaseA);
        OpenTraceViewModel m = new OpenTraceViewModel(loader, thread, fx::add, afterDrawn::add);
        m.open(a.summary());
        assertTrue(loader.started.await(20, TimeUnit.SECONDS));
        m.open(b.summary());
        waitFor(() -> fx.size() >= 2);
        releaseA.countDown();
        thread.shutdown();
        assertTrue(thread.awaitTermination(20, TimeUnit.SECONDS));
        assertEquals(4, fx.size(), "b's progress and trace, then a's, late");
        drain(fx);
        assertSame(b.timeline(), m.timelineProperty().get());
        assertEquals("b · 5 tokens", m.statusProperty().get());
    }

    @Test
    void redundancyFollowsOnceTheFirstFramesAreDrawn() {
        Prepared a = prepared("a", 8);
        Prepared withRedundancy = prepared("a", 8);
        FakeLoader loader = new FakeLoader(List.of("a"), a);
        loader.full.put("a", withRedundancy.timeline());
        OpenTraceViewModel m = model(loader);
        m.open(a.summary());
        Thread load = new Thread(() -> drain(worker));
        load.start();
        waitFor(() -> fx.size() >= 2);
        drain(fx);
        assertSame(a.timeline(), m.timelineProperty().get());
        assertEquals("a · 8 tokens · computing step redundancy …", m.statusProperty().get());
        assertTrue(m.loadingProperty().get(), "the redundancy still to come can be cancelled");
        assertTrue(m.redundancyPendingProperty().get());
        drain(afterDrawn);
        join(load);
        drain(fx);
        assertSame(withRedundancy.timeline(), m.timelineProperty().get());
        assertEquals("a · 8 tokens", m.statusProperty().get());
        assertFalse(m.loadingProperty().get());
        assertFalse(m.redundancyPendingProperty().get());
    }

    @Test
    void cancellingKeepsWhatWasShownAndSaysSo() {
        Prepared a = prepared("a", 4);
        Prepared b = prepared("b", 6);
        OpenTraceViewModel m = model(new FakeLoader(List.of(), a, b));
        m.open(a.summary());
        drain(worker);
        drain(fx);
        m.open(b.summary());
        m.cancel();
        drain(worker);
        drain(fx);
        assertSame(a.summary(), m.shownProperty().get());
        assertSame(a.timeline(), m.timelineProperty().get());
        assertEquals("Loading cancelled · showing a · 4 tokens", m.statusProperty().get());
        assertFalse(m.loadingProperty().get());
    }

    @Test
    void cancellingTheFirstLoadLeavesNothingShown() {
        Prepared a = prepared("a", 4);
        OpenTraceViewModel m = model(new FakeLoader(List.of(), a));
        m.open(a.summary());
        m.cancel();
        drain(worker);
        drain(fx);
        assertNull(m.shownProperty().get());
        assertEquals("Loading cancelled", m.statusProperty().get());
    }

    @Test
    void theRangeIsClearedWhenAnotherTraceOpensAndKeptWhenTheSameOneReopens() {
        Prepared a = prepared("a", 10);
        Prepared b = prepared("b", 10);
        OpenTraceViewModel m = model(new FakeLoader(List.of(), a, b));
        m.open(a.summary());
        drain(worker);
        drain(fx);
        m.rangeStartProperty().set(2);
        m.rangeEndProperty().set(5);
        m.open(a.summary());
        drain(worker);
        drain(fx);
        assertEquals(2, m.rangeStartProperty().get());
        assertEquals(5, m.rangeEndProperty().get());
        m.open(b.summary());
        drain(worker);
        drain(fx);
        assertEquals(-1, m.rangeStartProperty().get());
        assertEquals(-1, m.rangeEndProperty().get());
    }

    @Test
    void aLoadThatFailsSaysWhyAndStopsLoading() {
        Prepared a = prepared("a", 4);
        OpenTraceViewModel m = model(new FakeLoader(List.of()));
        m.open(a.summary());
        drain(worker);
        drain(fx);
        assertEquals("a.traces.jsonl: no trace with id 'a'", m.statusProperty().get());
        assertFalse(m.loadingProperty().get());
        assertNull(m.shownProperty().get());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached");
            }
            Thread.onSpinWait();
        }
    }

    private static void join(Thread t) {
        try {
            t.join(20_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
