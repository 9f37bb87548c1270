package dev.exitscope.inference.run;

import java.util.function.BooleanSupplier;

/**
 * An engine that generates a trace: a local model or a server. {@link #generate} blocks until the generation ends,
 * handing each token to the listener as it is produced; {@code cancelled} is polled at least once per token and a
 * cancelled generation returns within one token with {@link FinishReason#CANCELLED}. A stream that breaks after
 * tokens arrived returns {@link FinishReason#DROPPED} with what arrived; a failure before any token throws.
 * Implementations say whether one instance may run generations concurrently.
 */
public interface TraceGenerator {
    /** The model's name as traces record it. */
    String modelName();

    GenerationOutcome generate(GenerationRequest request, TokenListener listener, BooleanSupplier cancelled)
            throws GenerationException;
}
