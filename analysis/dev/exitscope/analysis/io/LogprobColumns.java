package dev.exitscope.analysis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.text.TextTokenizer;
import dev.exitscope.analysis.trace.TokenLimitException;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Server tokens of one response, held as columns until the importer knows where they go in the trace. It reads
 * the per-token logprob entries that OpenAI, vLLM, Ollama and llama.cpp emit, in all their spellings:
 * {@code {token, logprob, bytes, id, top_logprobs:[{token, logprob, bytes}]}}, llama.cpp's post-sampling
 * {@code {token, prob, top_probs:[{token, prob}]}} and its older {@code {content, probs:[{tok_str, prob}]}}.
 * Importers whose tokens come as parallel lists add them with {@link #add} instead. Buffering lets an importer
 * put reasoning text that arrived without tokens in front of the server tokens, whatever the field order.
 *
 * <p>Number rules, the same for every server format: a {@code null} logprob is unknown (NaN); a logprob at or
 * below {@value #SENTINEL} — including {@code -1e999}, which overflows to minus infinity — is kept as the
 * sentinel {@value #SENTINEL}, OpenAI's marker for probability 0; a logprob above {@value #MAX_LOGPROB}
 * is rejected, since no probability exceeds 1 (tiny positive values are rounding noise and kept).
 * A {@code prob} must lie in [0, 1] (up to rounding) and becomes {@code ln(prob)}, with 0 becoming the sentinel.
 *
 * <p>Token text follows {@link Utf8TokenAssembler}: when {@code bytes} are given they decide the text, so a
 * character split across tokens belongs to the token that completes it. Alternatives keep their {@code token}
 * strings. Not thread-safe; one per response.
 */
public final class LogprobColumns {
    /** OpenAI's logprob for "very unlikely" (probability 0). */
    public static final float SENTINEL = -9999f;
    /** Largest logprob accepted as rounding noise above 0. */
    public static final double MAX_LOGPROB = 1e-3;
    private static final int MAX_CACHED_LENGTH = 48;
    private static final int INITIAL_CAPACITY = 8;
    private static final int CACHE_AFTER = 64;
    private static final int CACHE_SIZE = 4096;

    private final InputSource src;
    private final int maxTokens;
    private final Utf8TokenAssembler utf8 = new Utf8TokenAssembler();
    /*
     * Buffers start small and grow on demand: a response may have thousands of choices of a token or two each, so
     * what one instance holds before it has read anything must stay a few hundred bytes.
     */
    private String[] texts = new String[INITIAL_CAPACITY];
    private float[] logprobs = new float[INITIAL_CAPACITY];
    private int @Nullable [] ids;
    private int[] rowStart = new int[INITIAL_CAPACITY + 1];
    private String[] altTexts = new String[0];
    private float[] altLogprobs = new float[0];
    private byte[] bytes = new byte[16];
    /**
     * Recently seen token strings: vocabularies are small, so most token strings repeat and need no new copy.
     * Made once the response has {@value #CACHE_AFTER} tokens, so short responses do not pay for it.
     */
    private String @Nullable [] recent;
    private int count;
    private int altCount;
    private int textLength;

    public LogprobColumns(InputSource src, int maxTokens) {
        this.src = src;
        this.maxTokens = maxTokens;
    }

    public int size() {
        return count;
    }

    /** Total chars of the token texts. */
    public int textLength() {
        return textLength;
    }

    public String text(int i) {
        return texts[i];
    }

    /** Reads an array of logprob entries (or {@code null}) at the parser's current token. */
    public void readEntries(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "a list of logprob entries");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            readEntry(p);
        }
    }

    /** Reads one logprob entry at the parser's current token and appends its token. */
    public void readEntry(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "a logprob entry (an object)");
        }
        String token = null;
        float lp = Float.NaN;
        boolean hasLogprob = false;
        int byteCount = -1;
        int id = -1;
        boolean hasId = false;
        int rowFrom = altCount;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            if (name.equals("token") || name.equals("content")) {
                token = string(p, name);
            } else if (name.equals("logprob") || name.equals("prob")) {
                lp = name.equals("prob") ? probability(p) : logprob(p);
                hasLogprob = true;
            } else if (name.equals("bytes")) {
                byteCount = readBytes(p);
            } else if (name.equals("id")) {
                id = JsonSupport.intOrNull(src, p, "a token id", -1);
                hasId = true;
            } else if (name.equals("top_logprobs") || name.equals("top_probs") || name.equals("probs")) {
                readAlternatives(p);
            } else {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw JsonSupport.expected(src, p, "a field name or '}'");
        }
        if (token == null && byteCount < 0) {
            throw JsonSupport.error(src, p, "expected field \"token\" in the logprob entry");
        }
        String text = byteCount >= 0 ? fromBytes(byteCount, token) : withPending(token);
        if (!hasLogprob) {
            lp = sampledFromAlternatives(token, rowFrom);
        }
        append(p, text, lp, rowFrom);
        if (hasId) {
            setTokenId(id);
        }
    }

    /** Appends one token with its logprob (NaN when unknown); alternatives may follow via {@link #addAlternative}. */
    public void add(JsonParser p, String text, float logprob) {
        append(p, withPending(text), logprob, altCount);
    }

    /** Appends the tokens of a text that came without server tokens, split by {@link TextTokenizer}. */
    public void addText(JsonParser p, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int[] ends = TextTokenizer.ends(text, maxTokens - count);
        if (ends == null) {
            throw tooMany(p);
        }
        int from = 0;
        for (int end : ends) {
            append(p, text.substring(from, end), Float.NaN, altCount);
            from = end;
        }
    }

    /** Adds an alternative to the token added last. */
    public void addAlternative(String text, float logprob) {
        pushAlternative(text, logprob);
        rowStart[count] = altCount;
    }

    private void pushAlternative(String text, float logprob) {
        if (altCount == altTexts.length) {
            int cap = Math.max(INITIAL_CAPACITY, altCount * 2);
            altTexts = Arrays.copyOf(altTexts, cap);
            altLogprobs = Arrays.copyOf(altLogprobs, cap);
        }
        altTexts[altCount] = text;
        altLogprobs[altCount] = logprob;
        altCount++;
    }

    /** Sets the id of the token added last. */
    public void setTokenId(int id) {
        if (ids == null) {
            ids = new int[texts.length];
            Arrays.fill(ids, -1);
        }
        ids[count - 1] = id;
    }

    /** Appends every token, id and alternative to {@code b}. */
    public void emit(TraceBuilder b, JsonParser p) {
        flushPending();
        guarded(p, () -> {
            for (int i = 0; i < count; i++) {
                b.addToken(texts[i], logprobs[i]);
                if (ids != null) {
                    b.setTokenId(ids[i]);
                }
                for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
                    b.addAlternative(altTexts[j], altLogprobs[j]);
                }
            }
        });
    }

    /** Freezes {@code b}, turning the builder's complaints into an error at the parser's location. */
    public Trace build(TraceBuilder b, JsonParser p) {
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw JsonSupport.error(src, p, String.valueOf(e.getMessage()));
        }
    }

    /** Runs builder calls, turning the builder's complaints into an error at the parser's location. */
    public void guarded(JsonParser p, Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException | IllegalStateException | TokenLimitException e) {
            throw JsonSupport.error(src, p, String.valueOf(e.getMessage()));
        }
    }

    /** Reads a logprob value (number or null) under the class's number rules. */
    public float logprob(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Float.NaN;
        }
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw JsonSupport.expected(src, p, "a logprob (a number or null)");
        }
        double d = p.getDoubleValue();
        if (d > MAX_LOGPROB || Double.isNaN(d)) {
            throw JsonSupport.expected(src, p, "a logprob (a number <= 0)");
        }
        return d <= SENTINEL ? SENTINEL : (float) d;
    }

    /** Reads a probability (number or null) and returns its natural log under the class's number rules. */
    public float probability(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Float.NaN;
        }
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw JsonSupport.expected(src, p, "a probability (a number or null)");
        }
        double d = p.getDoubleValue();
        if (!(d >= 0 && d <= 1 + MAX_LOGPROB)) {
            throw JsonSupport.expected(src, p, "a probability between 0 and 1");
        }
        if (d == 0) {
            return SENTINEL;
        }
        double lp = Math.log(Math.min(d, 1.0));
        return lp <= SENTINEL ? SENTINEL : (float) lp;
    }

    private void readAlternatives(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "a list of alternatives");
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "an alternative (an object)");
            }
            String token = null;
            float lp = Float.NaN;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                if (name.equals("token") || name.equals("tok_str")) {
                    token = string(p, name);
                } else if (name.equals("logprob") || name.equals("prob")) {
                    lp = name.equals("prob") ? probability(p) : logprob(p);
                } else {
                    p.skipChildren();
                }
            }
            if (token == null) {
                throw JsonSupport.error(src, p, "expected field \"token\" in the alternative");
            }
            pushAlternative(token, lp);
        }
    }

    private float sampledFromAlternatives(@Nullable String token, int rowFrom) {
        if (token != null) {
            for (int j = rowFrom; j < altCount; j++) {
                if (token.equals(altTexts[j])) {
                    return altLogprobs[j];
                }
            }
        }
        return Float.NaN;
    }

    private int readBytes(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return -1;
        }
        if (t != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "bytes (a list of integers or null)");
        }
        int n = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw JsonSupport.expected(src, p, "a byte (an integer 0-255)");
            }
            int v = p.getIntValue();
            if (v < 0 || v > 255) {
                throw JsonSupport.expected(src, p, "a byte (an integer 0-255)");
            }
            if (n == bytes.length) {
                bytes = Arrays.copyOf(bytes, n * 2);
            }
            bytes[n++] = (byte) v;
        }
        return n;
    }

    private String fromBytes(int n, @Nullable String token) {
        if (token != null && utf8.pendingBytes() == 0 && token.length() == n) {
            int i = 0;
            while (i < n && bytes[i] >= 0 && bytes[i] == token.charAt(i)) {
                i++;
            }
            if (i == n) {
                return token;
            }
        }
        return utf8.next(Arrays.copyOf(bytes, n), token == null ? "" : token);
    }

    private String withPending(@Nullable String token) {
        String t = token == null ? "" : token;
        return utf8.pendingBytes() == 0 ? t : utf8.flush() + t;
    }

    /** Gives bytes still waiting for the rest of their character to the last token, as replacement chars. */
    public void flushPending() {
        if (utf8.pendingBytes() > 0 && count > 0) {
            String rest = utf8.flush();
            texts[count - 1] = texts[count - 1] + rest;
            textLength += rest.length();
        }
    }

    private String string(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonSupport.expected(src, p, "\"" + field + "\" (a string)");
        }
        int len = p.getTextLength();
        String[] recent = this.recent;
        if (recent == null && count >= CACHE_AFTER) {
            recent = new String[CACHE_SIZE];
            this.recent = recent;
        }
        if (len > MAX_CACHED_LENGTH || recent == null) {
            return p.getText();
        }
        char[] buf = p.getTextCharacters();
        int off = p.getTextOffset();
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[off + i];
        }
        int slot = (h ^ (h >>> 13)) & (recent.length - 1);
        String s = recent[slot];
        if (s != null && s.length() == len) {
            int i = 0;
            while (i < len && s.charAt(i) == buf[off + i]) {
                i++;
            }
            if (i == len) {
                return s;
            }
        }
        s = new String(buf, off, len);
        recent[slot] = s;
        return s;
    }

    private void append(JsonParser p, String text, float lp, int rowFrom) {
        if (count >= maxTokens) {
            throw tooMany(p);
        }
        if (count + 2 > rowStart.length) {
            int cap = texts.length * 2;
            texts = Arrays.copyOf(texts, cap);
            logprobs = Arrays.copyOf(logprobs, cap);
            rowStart = Arrays.copyOf(rowStart, cap + 1);
            if (ids != null) {
                int old = ids.length;
                ids = Arrays.copyOf(ids, cap);
                Arrays.fill(ids, old, cap, -1);
            }
        }
        texts[count] = text;
        logprobs[count] = lp;
        rowStart[count] = rowFrom;
        count++;
        rowStart[count] = altCount;
        textLength += text.length();
    }

    private TraceInputException tooMany(JsonParser p) {
        return JsonSupport.error(src, p, "more than " + maxTokens + " tokens (raise the limit with --max-tokens)");
    }
}
