package dev.exitscope.analysis.trace;

import dev.exitscope.analysis.text.ThinkBlockDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates one trace token by token, then freezes it into an immutable {@link Trace}. Importers append tokens
 * in order; alternatives, ids and entropies apply to the token added last. Not thread-safe; use once.
 */
public final class TraceBuilder {
    /** Default bound on tokens per trace; large enough for any real reasoning trace. */
    public static final int DEFAULT_MAX_TOKENS = 4_000_000;

    private final int maxTokens;
    private String id;
    private TraceMeta meta = TraceMeta.EMPTY;
    private Question question = Question.UNKNOWN;
    private @Nullable GroupRef group;
    private Decoding decoding = Decoding.UNKNOWN;
    private @Nullable String prompt;
    private final StringBuilder text = new StringBuilder();
    /**
     * The whole text so far when it came in one {@link #addTokens(String, int[], int, float[])} call, not yet
     * copied into {@link #text} (which is then empty); the next append copies it there.
     */
    private @Nullable String whole;
    private int[] starts = new int[257];
    private float[] logprobs = new float[256];
    private float @Nullable [] entropy;
    private int @Nullable [] tokenIds;
    private int count;
    private int declaredK = -1;
    private int @Nullable [] altRowStart;
    private int[] altIds = new int[0];
    private float[] altLogprobs = new float[0];
    private int altCount;
    private StringTable.@Nullable Builder strings;
    private boolean thinkSet;
    private @Nullable Integer thinkStart;
    private @Nullable Integer thinkEnd;
    private final Map<String, float[]> series = new TreeMap<>();
    private final List<Probe> probes = new ArrayList<>();

    public TraceBuilder(String id) {
        this(id, DEFAULT_MAX_TOKENS);
    }

    public TraceBuilder(String id, int maxTokens) {
        this.id = id;
        this.maxTokens = maxTokens;
    }

    public TraceBuilder id(String newId) {
        this.id = newId;
        return this;
    }

    public String id() {
        return id;
    }

    public TraceBuilder meta(TraceMeta m) {
        this.meta = m;
        return this;
    }

    public TraceMeta meta() {
        return meta;
    }

    public TraceBuilder question(Question q) {
        this.question = q;
        return this;
    }

    public TraceBuilder group(@Nullable GroupRef g) {
        this.group = g;
        return this;
    }

    public TraceBuilder decoding(Decoding d) {
        this.decoding = d;
        return this;
    }

    public TraceBuilder prompt(@Nullable String p) {
        this.prompt = p;
        return this;
    }

    public int tokenCount() {
        return count;
    }

    /** The most tokens this builder accepts. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Appends a token; {@code logprob} is NaN when unknown. Returns its index. */
    public int addToken(String tokenText, float logprob) {
        beginToken();
        text().append(tokenText);
        return endToken(logprob);
    }

    /**
     * Appends a token whose text is the chars {@code [from, to)} of {@code source}, as
     * {@link #addToken(String, float)} does, without a {@code String} for it. Returns its index.
     */
    public int addToken(String source, int from, int to, float logprob) {
        beginToken();
        text().append(source, from, to);
        return endToken(logprob);
    }

    /**
     * Appends {@code count} tokens at once: token {@code i}'s text is {@code chars[ends[i - 1], ends[i])} (from 0
     * for the first; {@code chars} may run on past the last token) and its logprob {@code logprobs[i]}, or NaN when
     * {@code logprobs} is null. The trace is the same as after {@code count} calls of
     * {@link #addToken(String, float)}; the columns grow once. The text is copied in one
     * step, without a pass per char when both it and the text so far are Latin-1; when these are the first
     * tokens and their texts are all of {@code chars}, it is not copied at all.
     */
    public TraceBuilder addTokens(String chars, int[] ends, int count, float @Nullable [] logprobs) {
        int total = reserveBulk(ends, count);
        if (this.count == 0 && whole == null && total == chars.length()) {
            whole = chars;
            return endBulk(0, ends, count, logprobs);
        }
        int base = text().length();
        text.append(chars, 0, total);
        return endBulk(base, ends, count, logprobs);
    }

    /** The text so far as a builder to append to, taking over {@link #whole} first. */
    private StringBuilder text() {
        if (whole != null) {
            text.append(whole);
            whole = null;
        }
        return text;
    }

    /** Checks the token limit and grows the columns for a bulk append; returns the chars in its texts. */
    private int reserveBulk(int[] ends, int count) {
        if (count > maxTokens - this.count) {
            throw new TokenLimitException(maxTokens);
        }
        int cap = this.count + count + 2;
        if (cap > starts.length) {
            growColumns(cap);
        }
        return count == 0 ? 0 : ends[count - 1];
    }

    /** Fills the columns of the tokens just appended in bulk, their texts from {@code base}. */
    private TraceBuilder endBulk(int base, int[] ends, int count, float @Nullable [] logprobs) {
        int first = this.count;
        for (int i = 0; i < count; i++) {
            starts[first + i + 1] = base + ends[i];
        }
        if (logprobs == null) {
            fillNaN(this.logprobs, first, first + count);
        } else {
            System.arraycopy(logprobs, 0, this.logprobs, first, count);
        }
        if (entropy != null) {
            Arrays.fill(entropy, first, first + count, Float.NaN);
        }
        if (tokenIds != null) {
            Arrays.fill(tokenIds, first, first + count, -1);
        }
        if (altRowStart != null) {
            Arrays.fill(altRowStart, first + 1, first + count + 1, altCount);
        }
        this.count += count;
        return this;
    }

    /**
     * Makes room for {@code tokens} more tokens holding {@code chars} more chars of text, so that a reader that
     * knows the sizes in advance grows the columns once. Only a hint: adding more still works.
     */
    public TraceBuilder reserve(int tokens, int chars) {
        int cap = Math.min(count + tokens, maxTokens) + 2;
        if (cap > starts.length) {
            growColumns(cap);
        }
        text().ensureCapacity(text.length() + chars);
        return this;
    }

    private void beginToken() {
        if (count >= maxTokens) {
            throw new TokenLimitException(maxTokens);
        }
        if (count + 2 > starts.length) {
            growColumns(starts.length * 2);
        }
        starts[count] = text().length();
    }

    /** Grows every per-token column to {@code cap} entries (the row starts to one more). */
    private void growColumns(int cap) {
        starts = Arrays.copyOf(starts, cap);
        logprobs = Arrays.copyOf(logprobs, cap);
        if (entropy != null) {
            entropy = grow(entropy, cap);
        }
        if (tokenIds != null) {
            tokenIds = growInts(tokenIds, cap);
        }
        if (altRowStart != null) {
            altRowStart = Arrays.copyOf(altRowStart, cap + 1);
        }
    }

    private int endToken(float logprob) {
        logprobs[count] = logprob;
        if (entropy != null) {
            entropy[count] = Float.NaN;
        }
        if (tokenIds != null) {
            tokenIds[count] = -1;
        }
        count++;
        starts[count] = text.length();
        if (altRowStart != null) {
            altRowStart[count] = altCount;
        }
        return count - 1;
    }

    /** Appends each token of a plain-text split with unknown logprobs. */
    public TraceBuilder addTokens(List<String> tokens) {
        for (String t : tokens) {
            addToken(t, Float.NaN);
        }
        return this;
    }

    /** Sets the log-probability of the last token. */
    public void setLogprob(float logprob) {
        logprobs[last()] = logprob;
    }

    /** Sets the token id of the last token (-1 for unknown). */
    public void setTokenId(int tokenId) {
        int i = last();
        if (tokenIds == null) {
            tokenIds = new int[starts.length];
            Arrays.fill(tokenIds, -1);
        }
        tokenIds[i] = tokenId;
    }

    /** Sets the exact entropy (nats) of the last token. */
    public void setEntropy(float h) {
        int i = last();
        if (entropy == null) {
            entropy = new float[starts.length];
            Arrays.fill(entropy, Float.NaN);
        }
        entropy[i] = h;
    }

    /** Declares k for the top-k rows (otherwise the longest row). */
    public void declareTopK(int k) {
        this.declaredK = k;
    }

    /** Adds one alternative to the last token's top-k row. */
    public void addAlternative(String altText, float logprob) {
        int i = last();
        if (altRowStart == null) {
            altRowStart = new int[starts.length + 1];
            strings = new StringTable.Builder();
            for (int t = 0; t <= count; t++) {
                altRowStart[t] = 0;
            }
        }
        if (altCount == altIds.length) {
            int cap = Math.max(64, altIds.length * 2);
            altIds = Arrays.copyOf(altIds, cap);
            altLogprobs = Arrays.copyOf(altLogprobs, cap);
        }
        altIds[altCount] = strings.intern(altText);
        altLogprobs[altCount] = logprob;
        altCount++;
        altRowStart[i + 1] = altCount;
    }

    /** Sets the thinking block explicitly; both null means no block. Otherwise it is detected from the tags. */
    public TraceBuilder thinkRange(@Nullable Integer start, @Nullable Integer end) {
        if (end == null && start != null) {
            throw new IllegalArgumentException("a thinking block with a start needs an end (the token count when"
                    + " it never closes)");
        }
        this.thinkSet = true;
        this.thinkStart = start;
        this.thinkEnd = end;
        return this;
    }

    /** Adds a per-token series; its length must equal the final token count. */
    public TraceBuilder series(String name, float[] values) {
        series.put(name, values.clone());
        return this;
    }

    public TraceBuilder probe(Probe p) {
        probes.add(p);
        return this;
    }

    /** Freezes the trace, detecting the thinking block (unless set) and reading ExitScope's own final answer. */
    public Trace build() {
        int[] s = Arrays.copyOf(starts, count + 1);
        String t = whole == null ? text.toString() : whole;
        Integer ts = thinkStart;
        Integer te = thinkEnd;
        if (!thinkSet) {
            int[] block = ThinkBlockDetector.detect(t, s);
            ts = block == null ? null : block[0];
            te = block == null ? null : block[1];
        } else if (te != null && ts == null) {
            ts = 0;
        }
        if (te != null && (te < 0 || te > count || ts < 0 || ts > te)) {
            throw new IllegalArgumentException("thinking block [" + ts + ", " + te + ") outside 0.." + count);
        }
        for (Map.Entry<String, float[]> e : series.entrySet()) {
            if (e.getValue().length != count) {
                throw new IllegalArgumentException("series '" + e.getKey() + "' has " + e.getValue().length
                        + " values but the trace has " + count + " tokens");
            }
        }
        for (Probe p : probes) {
            if (p.at() > count) {
                throw new IllegalArgumentException("probe '" + p.kind() + "' at " + p.at()
                        + " is past the end of the trace (" + count + " tokens)");
            }
        }
        TopK topK = null;
        if (altRowStart != null) {
            int[] rows = Arrays.copyOf(altRowStart, count + 1);
            int k = declaredK;
            for (int i = 0; i < count; i++) {
                k = Math.max(k, rows[i + 1] - rows[i]);
            }
            topK = new TopK(k, rows, Arrays.copyOf(altIds, altCount), Arrays.copyOf(altLogprobs, altCount),
                    strings.build());
        }
        int answerFrom = te == null ? 0 : s[te];
        FinalAnswer fin = FinalAnswerReader.read(t, answerFrom, question);
        return new Trace(id, meta, question, group, decoding, prompt, t, s, Arrays.copyOf(logprobs, count),
                entropy == null ? null : Arrays.copyOf(entropy, count),
                tokenIds == null ? null : Arrays.copyOf(tokenIds, count), topK, ts, te, series, probes, fin);
    }

    private int last() {
        if (count == 0) {
            throw new IllegalStateException("no token yet");
        }
        return count - 1;
    }

    /** {@code Arrays.fill(a, from, to, NaN)} by doubling copies, as fast on a cold JVM as on a warm one. */
    private static void fillNaN(float[] a, int from, int to) {
        if (from == to) {
            return;
        }
        a[from] = Float.NaN;
        for (int done = 1; done < to - from; done *= 2) {
            System.arraycopy(a, from, a, from + done, Math.min(done, to - from - done));
        }
    }

    private static float[] grow(float[] a, int cap) {
        float[] b = Arrays.copyOf(a, cap);
        Arrays.fill(b, a.length, cap, Float.NaN);
        return b;
    }

    private static int[] growInts(int[] a, int cap) {
        int[] b = Arrays.copyOf(a, cap);
        Arrays.fill(b, a.length, cap, -1);
        return b;
    }
}
