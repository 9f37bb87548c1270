package dev.exitscope.analysis.signals.combined;

import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.candidates.TextSignals;
import dev.exitscope.analysis.signals.deviation.PathDeviation;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.signals.redundancy.RedundancyCalculator;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.analysis.signals.steps.Step;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link TraceSignals} and keeps them per trace (weakly: a trace no longer referenced drops its signals)
 * and per options and embedder, so reopening a view or re-running a command costs nothing. The embedder's own
 * vector cache makes recomputation after eviction cheap too. Thread-safe; computation runs on the caller's thread.
 */
public final class SignalCache {
    private final @Nullable TextEmbedder embedder;
    private final Map<Trace, Map<SignalOptions, TraceSignals>> cache =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** @param embedder embeds step texts for redundancy; null leaves redundancy out */
    public SignalCache(@Nullable TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Whether signals from this cache include step redundancy (an embedder was given). */
    public boolean embeds() {
        return embedder != null;
    }

    /** The signals already computed for this trace and options, or null; never computes. */
    public @Nullable TraceSignals cached(Trace trace, SignalOptions options) {
        Map<SignalOptions, TraceSignals> perTrace;
        synchronized (cache) {
            perTrace = cache.get(trace);
        }
        return perTrace == null ? null : perTrace.get(options);
    }

    public TraceSignals get(Trace trace) {
        return get(trace, SignalOptions.defaults());
    }

    public TraceSignals get(Trace trace, SignalOptions options) {
        Map<SignalOptions, TraceSignals> perTrace;
        synchronized (cache) {
            perTrace = cache.computeIfAbsent(trace, t -> Collections.synchronizedMap(new java.util.HashMap<>()));
        }
        TraceSignals s = perTrace.get(options);
        if (s == null) {
            s = compute(trace, options, embedder);
            perTrace.put(options, s);
        }
        return s;
    }

    /**
     * Computes all signals of {@code trace} without caching. The per-token numeric signals (entropy, then path
     * deviation) run on a pool thread while the caller computes the text signals: the two share no state.
     */
    public static TraceSignals compute(Trace trace, SignalOptions options, @Nullable TextEmbedder embedder) {
        Integer thinkEnd = trace.thinkEnd();
        int limit = options.text().thinkingOnly() && thinkEnd != null ? thinkEnd : trace.tokenCount();
        java.util.concurrent.ForkJoinTask<Numeric> numeric = java.util.concurrent.ForkJoinPool.commonPool()
                .submit(() -> numeric(trace, options, limit));
        TextSignals text = TextSignals.compute(trace, options.text());
        Numeric num = numeric.join();
        EntropyColumns entropy = num.entropy();
        List<BoundaryValue> rpdi = num.rpdi();
        RedundancyResult redundancy = null;
        if (embedder != null) {
            List<String> stepTexts = new ArrayList<>();
            for (Step st : text.steps()) {
                stepTexts.add(trace.text().substring(trace.tokenStart(st.start()), trace.tokenStart(st.end())));
            }
            redundancy = new RedundancyCalculator(embedder, options.redundancy()).compute(stepTexts);
        }
        return new TraceSignals(trace, options, entropy, text, rpdi, redundancy,
                embedder == null ? null : embedder.id());
    }

    private record Numeric(EntropyColumns entropy, List<BoundaryValue> rpdi) {
    }

    private static Numeric numeric(Trace trace, SignalOptions options, int limit) {
        EntropyColumns entropy = EntropySignal.compute(trace);
        List<SignalEvent> events = IncrementalRunner.run(new TracePrefix(trace, entropy), limit, List.of(
                new PathDeviation(options.rpdiWindow(), options.rpdiMinTokens(), options.rpdiBoundaries())));
        List<BoundaryValue> rpdi = new ArrayList<>();
        for (SignalEvent e : events) {
            if (e instanceof BoundaryValue b) {
                rpdi.add(b);
            }
        }
        return new Numeric(entropy, rpdi);
    }
}
