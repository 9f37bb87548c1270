package dev.exitscope.inference.run;

import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Records a generation as a trace: each token with its id, logprob, top alternatives and entropy as the engine
 * gave them, the end-of-thinking probability as the series {@code eot} when the engine reports it, the prompt in
 * the prompt field, and how the generation ended in the metadata ({@code finishReason}; {@code incomplete} and
 * {@code problem} when it was cut short). The trace holds the generated tokens only. Not thread-safe: one
 * generation feeds one recorder, on the engine's thread.
 */
public final class TraceRecorder implements TokenListener {
    /** Metadata key of the finish reason, lower case. */
    public static final String FINISH_REASON = "finishReason";
    /** Metadata key set to {@code true} when the generation was cut short. */
    public static final String INCOMPLETE = "incomplete";
    /** The series of end-of-thinking probabilities. */
    public static final String EOT_SERIES = "eot";

    private final TraceBuilder builder;
    private final GenerationRequest request;
    private float[] eot = new float[64];
    private boolean anyEot;
    private int declaredK;

    public TraceRecorder(String traceId, GenerationRequest request) {
        this(new TraceBuilder(traceId), request);
    }

    public TraceRecorder(TraceBuilder builder, GenerationRequest request) {
        this.builder = builder;
        this.request = request;
        if (request.logprobs() > 0) {
            builder.declareTopK(request.logprobs());
            declaredK = request.logprobs();
        }
    }

    @Override
    public boolean onToken(GeneratedToken token) {
        int i = builder.addToken(token.text(), token.logprob());
        if (token.tokenId() >= 0) {
            builder.setTokenId(token.tokenId());
        }
        if (!Double.isNaN(token.entropy())) {
            builder.setEntropy((float) token.entropy());
        }
        if (token.alternatives() > declaredK) {
            declaredK = token.alternatives();
            builder.declareTopK(declaredK);
        }
        for (int a = 0; a < token.alternatives(); a++) {
            builder.addAlternative(token.altTexts()[a], token.altLogprobs()[a]);
        }
        if (i >= eot.length) {
            eot = Arrays.copyOf(eot, eot.length * 2);
        }
        eot[i] = (float) token.eotProbability();
        anyEot |= !Double.isNaN(token.eotProbability());
        return true;
    }

    /** Tokens recorded so far. */
    public int tokenCount() {
        return builder.tokenCount();
    }

    /** The trace of what was recorded, with the question (may be {@link Question#UNKNOWN}) and the outcome. */
    public Trace finish(GenerationOutcome outcome, Question question) {
        TraceMeta meta = builder.meta();
        @Nullable String model = outcome.model();
        if (model != null) {
            meta = meta.withModel(model);
        }
        meta = meta.withExtra(FINISH_REASON, outcome.reason().name().toLowerCase(java.util.Locale.ROOT));
        if (!outcome.reason().complete()) {
            meta = meta.withExtra(INCOMPLETE, "true");
            if (outcome.problem() != null) {
                meta = meta.withExtra("problem", outcome.problem());
            }
        }
        Sampling s = request.sampling();
        builder.meta(meta)
                .question(question)
                .prompt(request.promptText())
                .decoding(new Decoding(s.temperature(), s.topP(), s.seed(), request.maxTokens()));
        if (anyEot) {
            builder.series(EOT_SERIES, Arrays.copyOf(eot, builder.tokenCount()));
        }
        return builder.build();
    }
}
