package dev.exitscope.analysis.trace;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Provenance of a trace. {@code datasetAnswer} and {@code datasetCorrect} hold what a dataset itself claims;
 * they are kept apart from ExitScope's own {@link FinalAnswer} and never substituted for it.
 * {@code extra} keeps further string-valued metadata fields (vocabulary size, finish reason, …).
 */
public record TraceMeta(@Nullable String model, @Nullable String source, @Nullable String license,
                        @Nullable String datasetAnswer, @Nullable Boolean datasetCorrect, boolean synthetic,
                        Map<String, String> extra) {

    public static final TraceMeta EMPTY = new TraceMeta(null, null, null, null, null, false, Map.of());

    public TraceMeta {
        extra = java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
    }

    public TraceMeta withModel(@Nullable String m) {
        return new TraceMeta(m, source, license, datasetAnswer, datasetCorrect, synthetic, extra);
    }

    public TraceMeta withSource(@Nullable String s) {
        return new TraceMeta(model, s, license, datasetAnswer, datasetCorrect, synthetic, extra);
    }

    public TraceMeta withLicense(@Nullable String l) {
        return new TraceMeta(model, source, l, datasetAnswer, datasetCorrect, synthetic, extra);
    }

    public TraceMeta withDatasetLabels(@Nullable String answer, @Nullable Boolean correct) {
        return new TraceMeta(model, source, license, answer, correct, synthetic, extra);
    }

    public TraceMeta withSynthetic(boolean s) {
        return new TraceMeta(model, source, license, datasetAnswer, datasetCorrect, s, extra);
    }

    public TraceMeta withExtra(String key, String value) {
        Map<String, String> m = new TreeMap<>(extra);
        m.put(key, value);
        return new TraceMeta(model, source, license, datasetAnswer, datasetCorrect, synthetic, m);
    }

    /** Vocabulary size from {@code extra.vocabSize}, or the given default. */
    public int vocabSize(int fallback) {
        String v = extra.get("vocabSize");
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
