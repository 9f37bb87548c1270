package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.function.Predicate;

/**
 * Copies a trace into a {@link TraceBuilder} through its public API — identity, metadata, question, group,
 * decoding, prompt, tokens with logprobs, token ids, exact entropies and top-k rows, the thinking block, series and
 * probes — so that a caller can add to it and build a new trace. Building the copy unchanged gives a trace equal to
 * the original ({@link Trace#equals}). Stateless and thread-safe.
 */
public final class TraceCopier {
    private TraceCopier() {
    }

    public static TraceBuilder copy(Trace t) {
        return copy(t, name -> true);
    }

    /** The same copy without the series whose names {@code keepSeries} rejects. */
    public static TraceBuilder copy(Trace t, Predicate<String> keepSeries) {
        TraceBuilder b = new TraceBuilder(t.id(), Math.max(TraceBuilder.DEFAULT_MAX_TOKENS, t.tokenCount()));
        b.meta(t.meta()).question(t.question()).group(t.group()).decoding(t.decoding()).prompt(t.prompt());
        TopK topK = t.topK();
        if (topK != null) {
            b.declareTopK(topK.k());
        }
        boolean ids = t.hasTokenIds();
        boolean entropy = t.hasExactEntropy();
        for (int i = 0; i < t.tokenCount(); i++) {
            b.addToken(t.tokenText(i), t.logprob(i));
            if (ids) {
                b.setTokenId(t.tokenId(i));
            }
            if (entropy) {
                b.setEntropy(t.entropy(i));
            }
            if (topK != null) {
                for (int j = 0; j < topK.count(i); j++) {
                    b.addAlternative(topK.text(i, j), topK.logprob(i, j));
                }
            }
        }
        b.thinkRange(t.thinkStart(), t.thinkEnd());
        for (String name : t.seriesNames()) {
            float[] values = t.seriesCopy(name);
            if (values != null && keepSeries.test(name)) {
                b.series(name, values);
            }
        }
        for (Probe p : t.probes()) {
            b.probe(p);
        }
        return b;
    }
}
