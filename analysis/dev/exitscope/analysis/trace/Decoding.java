package dev.exitscope.analysis.trace;

import org.jspecify.annotations.Nullable;

/** Sampling settings a trace was generated with, as far as the source tells them. */
public record Decoding(@Nullable Double temperature, @Nullable Double topP, @Nullable Long seed,
                       @Nullable Integer maxTokens) {

    public static final Decoding UNKNOWN = new Decoding(null, null, null, null);

    public boolean isEmpty() {
        return temperature == null && topP == null && seed == null && maxTokens == null;
    }
}
