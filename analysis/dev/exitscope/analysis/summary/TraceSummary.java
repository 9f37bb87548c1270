package dev.exitscope.analysis.summary;

import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import org.jspecify.annotations.Nullable;

/**
 * What {@code inspect} reports for one trace.
 *
 * @param thinkTokens tokens in the thinking block, tags included; 0 when there is none
 * @param topK        alternatives per position; 0 when the trace has none
 * @param entropyMean mean per-token entropy in nats (exact, or estimated from top-k); null when the trace has
 *                    neither logprobs nor entropies to compute it from
 */
public record TraceSummary(String id, String file, String format, @Nullable String model, int tokens,
                           int thinkTokens, boolean hasLogprobs, int topK, @Nullable Double entropyMean,
                           boolean entropyApproximate, @Nullable String finalAnswer, @Nullable String gold,
                           @Nullable Boolean correct, @Nullable String groupId, @Nullable Integer sample) {

    public static TraceSummary of(Trace t, String file, String format) {
        TopK k = t.topK();
        Double mean = null;
        boolean approximate = false;
        if (t.hasLogprobs() || t.hasExactEntropy()) {
            EntropyColumns e = EntropySignal.compute(t);
            double m = e.meanEntropy();
            mean = Double.isNaN(m) ? null : m;
            approximate = mean != null && e.anyApproximate();
        }
        GroupRef g = t.group();
        return new TraceSummary(t.id(), file, format, t.meta().model(), t.tokenCount(), t.thinkTokens(),
                t.hasLogprobs(), k == null ? 0 : k.k(), mean, approximate,
                t.finalAnswer().answer(), t.question().gold(), t.finalAnswer().correct(),
                g == null ? null : g.id(), g == null ? null : g.sample());
    }
}
