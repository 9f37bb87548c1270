package dev.exitscope.app;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.opentrace.OpenTraceViewModel.Opened;
import dev.exitscope.views.tokentext.TokenLayouts;
import dev.exitscope.views.tokentext.TokenTextModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Loads one trace of a file by id and computes what the timeline and the token text show. Runs on a worker
 * thread; the summaries in the library hold no traces, so a large corpus costs memory only for the trace being
 * looked at.
 */
final class TraceLoader {
    private final ImporterRegistry registry;
    private final SignalCache signals;
    private final @Nullable TokenLayouts layouts;
    private final Executor text;

    /**
     * With {@code layouts}, the token text is measured and wrapped here too; without, the view does it when shown.
     * {@code text} builds the token text while the calling worker computes the timeline's lanes; it must be
     * another thread than the caller's ({@link Runnable#run} runs it in turn on the caller).
     */
    TraceLoader(ImporterRegistry registry, SignalCache signals, @Nullable TokenLayouts layouts, Executor text) {
        this.registry = registry;
        this.signals = signals;
        this.layouts = layouts;
        this.text = text;
    }

    Trace load(Path file, String id) throws IOException {
        return load(InputSource.of(file), id);
    }

    /**
     * Loads the trace, posting to {@code progress} the share of the loading bar that reading the file has filled
     * so far (up to {@link LoadProgress#READ_SHARE}, a few times a second).
     */
    Trace load(Path file, String id, DoubleConsumer progress) throws IOException {
        InputSource source = InputSource.of(file);
        LoadProgress reads = new LoadProgress(source.storedSize(), progress);
        Trace t = load(source.reportingReads(reads), id);
        reads.readDone();
        return t;
    }

    private Trace load(InputSource source, String id) throws IOException {
        Trace found = registry.first(source, ImportOptions.DEFAULT, t -> t.id().equals(id));
        if (found == null) {
            throw TraceInputException.ofFile(source.displayName(), "no trace with id '" + id + "'");
        }
        return found;
    }

    TimelineData timeline(Trace trace) {
        return TimelineData.of(signals.get(trace, SignalOptions.defaults()));
    }

    /** The token text of the trace that {@code d} was computed for; reuses its cached signals. */
    TokenTextModel tokenText(TimelineData d) {
        return measured(TokenTextModel.of(d, signals.get(d.trace(), SignalOptions.defaults()).entropy()));
    }

    /** Measures and wraps the token text here, so that the FX thread only draws it. */
    private TokenTextModel measured(TokenTextModel m) {
        if (layouts != null) {
            layouts.prepare(m);
        }
        return m;
    }

    /**
     * The timeline and token text to show first: the token text is built on the other thread while this one
     * computes the timeline's lanes and hands them to {@code prepareFrame} (which may draw the first frame ahead).
     * When the steps must still be embedded (slow: seconds for a long trace), everything else is computed without
     * them and {@link #timeline(Trace)} follows with redundancy.
     */
    Opened open(Trace trace, Consumer<TimelineData> prepareFrame) throws InterruptedException {
        boolean pending = signals.embeds() && signals.cached(trace, SignalOptions.defaults()) == null;
        TraceSignals s = pending ? SignalCache.compute(trace, SignalOptions.defaults(), null)
                : signals.get(trace, SignalOptions.defaults());
        CompletableFuture<TokenTextModel> tokenText = CompletableFuture.supplyAsync(
                () -> measured(TokenTextModel.of(trace, s.entropy(), TimelineData.Structure.of(s))), text);
        TimelineData d = TimelineData.of(s, pending ? "Computing step redundancy …" : null);
        prepareFrame.accept(d);
        try {
            return new Opened(d, tokenText.get(), pending);
        } catch (InterruptedException e) {
            tokenText.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
