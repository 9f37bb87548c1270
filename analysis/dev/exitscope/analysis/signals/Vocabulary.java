package dev.exitscope.analysis.signals;

/** Vocabulary defaults for entropy computations. */
public final class Vocabulary {
    /** Qwen2.5's vocabulary size, the default when a trace does not say ({@code meta.extra.vocabSize}). */
    public static final int DEFAULT_VOCAB = 152_064;

    private Vocabulary() {
    }
}
