package dev.exitscope.inference.run;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a generation ended: the reason, the tokens generated, the prompt's length in the engine's tokens (-1 when
 * the engine does not say), the model name the engine reported, and for {@link FinishReason#DROPPED} what broke.
 */
public record GenerationOutcome(FinishReason reason, int tokens, int promptTokens, @Nullable String model,
                                @Nullable String problem) {
    public GenerationOutcome {
        Objects.requireNonNull(reason, "reason");
    }
}
