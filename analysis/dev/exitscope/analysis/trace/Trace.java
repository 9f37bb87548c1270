package dev.exitscope.analysis.trace;

import dev.exitscope.analysis.text.TokenOffsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One reasoning trace, columnar and immutable: all token texts concatenated into one string with offsets,
 * per-token {@code float} logprobs (NaN where absent), optional exact entropies, token ids and top-k rows,
 * the thinking block as a token range, named per-token series, probes on prefixes, the question and
 * ExitScope's own {@link FinalAnswer}. Build one with {@link TraceBuilder}. Thread-safe; share freely.
 *
 * <p>Character offsets are Java {@code char} (UTF-16) indices into {@link #text()}.
 */
public final class Trace {
    private final String id;
    private final TraceMeta meta;
    private final Question question;
    private final @Nullable GroupRef group;
    private final Decoding decoding;
    private final @Nullable String prompt;
    private final String text;
    private final int[] starts;
    private final float[] logprobs;
    private final boolean hasLogprobs;
    private final float @Nullable [] entropy;
    private final int @Nullable [] tokenIds;
    private final @Nullable TopK topK;
    private final @Nullable Integer thinkStart;
    private final @Nullable Integer thinkEnd;
    private final Map<String, float[]> series;
    private final List<Probe> probes;
    private final FinalAnswer finalAnswer;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Trace(String id, TraceMeta meta, Question question, @Nullable GroupRef group, Decoding decoding,
          @Nullable String prompt, String text, int[] starts, float[] logprobs, float @Nullable [] entropy,
          int @Nullable [] tokenIds, @Nullable TopK topK, @Nullable Integer thinkStart, @Nullable Integer thinkEnd,
          Map<String, float[]> series, List<Probe> probes, FinalAnswer finalAnswer) {
        this.id = id;
        this.meta = meta;
        this.question = question;
        this.group = group;
        this.decoding = decoding;
        this.prompt = prompt;
        this.text = text;
        this.starts = starts;
        this.logprobs = logprobs;
        this.entropy = entropy;
        this.tokenIds = tokenIds;
        this.topK = topK;
        this.thinkStart = thinkStart;
        this.thinkEnd = thinkEnd;
        this.series = Collections.unmodifiableMap(series);
        this.probes = List.copyOf(probes);
        this.finalAnswer = finalAnswer;
        boolean any = false;
        for (float f : logprobs) {
            if (!Float.isNaN(f)) {
                any = true;
                break;
            }
        }
        this.hasLogprobs = any;
    }

    public String id() {
        return id;
    }

    public TraceMeta meta() {
        return meta;
    }

    public Question question() {
        return question;
    }

    public @Nullable GroupRef group() {
        return group;
    }

    public Decoding decoding() {
        return decoding;
    }

    public @Nullable String prompt() {
        return prompt;
    }

    /** The trace text: exactly the concatenation of the token texts. */
    public String text() {
        return text;
    }

    public int tokenCount() {
        return starts.length - 1;
    }

    public String tokenText(int i) {
        return text.substring(starts[i], starts[i + 1]);
    }

    /** Offset of token {@code i}'s first char; {@code tokenStart(tokenCount())} is the text length. */
    public int tokenStart(int i) {
        return starts[i];
    }

    public int tokenEnd(int i) {
        return starts[i + 1];
    }

    /**
     * The token that contains char offset {@code c}; empty tokens contain no char. Offsets at or past the end map
     * to the last token.
     */
    public int tokenAtChar(int c) {
        return TokenOffsets.tokenAt(starts, c);
    }

    /** Sampled token's natural-log probability, NaN when the source gave none. */
    public float logprob(int i) {
        return logprobs[i];
    }

    public boolean hasLogprobs() {
        return hasLogprobs;
    }

    /** Exact entropy in nats at position {@code i}, NaN when unknown. */
    public float entropy(int i) {
        return entropy == null ? Float.NaN : entropy[i];
    }

    public boolean hasExactEntropy() {
        return entropy != null;
    }

    /** Token id at {@code i}, -1 when unknown. */
    public int tokenId(int i) {
        return tokenIds == null ? -1 : tokenIds[i];
    }

    public boolean hasTokenIds() {
        return tokenIds != null;
    }

    public @Nullable TopK topK() {
        return topK;
    }

    /** First token of the thinking block (its opening tag, or 0); null when there is no block. */
    public @Nullable Integer thinkStart() {
        return thinkStart;
    }

    /** First token after the thinking block; the token count when it never closes; null when there is none. */
    public @Nullable Integer thinkEnd() {
        return thinkEnd;
    }

    /** Tokens in the thinking block, tags included; 0 when there is none. */
    public int thinkTokens() {
        return thinkEnd == null || thinkStart == null ? 0 : thinkEnd - thinkStart;
    }

    public Set<String> seriesNames() {
        return series.keySet();
    }

    /** Value of series {@code name} at token {@code i}; NaN when absent. */
    public float series(String name, int i) {
        float[] s = series.get(name);
        return s == null ? Float.NaN : s[i];
    }

    /** A copy of a whole series, or null when the trace has none of that name. */
    public float @Nullable [] seriesCopy(String name) {
        float[] s = series.get(name);
        return s == null ? null : s.clone();
    }

    public List<Probe> probes() {
        return probes;
    }

    public FinalAnswer finalAnswer() {
        return finalAnswer;
    }

    /** A copy of the logprob column. */
    public float[] logprobsCopy() {
        return logprobs.clone();
    }

    /** A copy of the exact-entropy column, or null. */
    public float @Nullable [] entropyCopy() {
        return entropy == null ? null : entropy.clone();
    }

    /** A copy of the token start offsets ({@code tokenCount() + 1} entries). */
    public int[] tokenStartsCopy() {
        return starts.clone();
    }

    /** Approximate bytes this trace retains on the heap. */
    public long retainedBytes() {
        long b = 200L + 2L * text.length() + 4L * starts.length + 4L * logprobs.length;
        if (entropy != null) {
            b += 4L * entropy.length;
        }
        if (tokenIds != null) {
            b += 4L * tokenIds.length;
        }
        if (topK != null) {
            b += topK.retainedBytes();
        }
        for (float[] s : series.values()) {
            b += 16 + 4L * s.length;
        }
        return b;
    }

    /** Deep, value-based equality over every field (NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Trace t)) {
            return false;
        }
        if (!id.equals(t.id) || !meta.equals(t.meta) || !question.equals(t.question)
                || !Objects.equals(group, t.group) || !decoding.equals(t.decoding)
                || !Objects.equals(prompt, t.prompt) || !text.equals(t.text) || !Arrays.equals(starts, t.starts)
                || !Arrays.equals(logprobs, t.logprobs) || !Arrays.equals(entropy, t.entropy)
                || !Arrays.equals(tokenIds, t.tokenIds) || !Objects.equals(topK, t.topK)
                || !Objects.equals(thinkStart, t.thinkStart) || !Objects.equals(thinkEnd, t.thinkEnd)
                || !probes.equals(t.probes) || !finalAnswer.equals(t.finalAnswer)
                || !series.keySet().equals(t.series.keySet())) {
            return false;
        }
        for (Map.Entry<String, float[]> e : series.entrySet()) {
            if (!Arrays.equals(e.getValue(), t.series.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, Arrays.hashCode(logprobs));
    }

    @Override
    public String toString() {
        return "Trace[" + id + ", " + tokenCount() + " tokens]";
    }
}
