package dev.exitscope.analysis.io.vllm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.LogprobColumns;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One vLLM {@code CompletionOutput} as read from JSON: its fields may come in any order, so the per-position
 * logprob maps are kept until {@code token_ids} is known, then resolved into sampled tokens and rank-ordered top-k
 * rows (see {@link VllmOfflineImporter} for the shape). Not thread-safe.
 */
final class VllmOutput {
    private final InputSource src;
    private final JsonParser p;
    private final LogprobColumns tokens;
    int index;
    @Nullable String finishReason;
    @Nullable String cumulativeLogprob;
    private @Nullable String text;
    private int @Nullable [] tokenIds;
    private int tokenIdCount;
    private boolean hasLogprobs;
    private int[] rowEnd = new int[8];
    private int rows;
    private int[] entryIds = new int[8];
    private float[] entryLogprobs = new float[8];
    private int[] entryRanks = new int[8];
    private final List<String> entryTexts = new ArrayList<>();

    VllmOutput(InputSource src, JsonParser p, int maxTokens, int position) {
        this.src = src;
        this.p = p;
        this.tokens = new LogprobColumns(src, maxTokens);
        this.index = position;
    }

    LogprobColumns tokens() {
        return tokens;
    }

    void read() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "a CompletionOutput (an object)");
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "index":
                    index = JsonSupport.intOrNull(src, p, "\"index\"", index);
                    if (index < 0) {
                        throw JsonSupport.expected(src, p, "\"index\" (an integer >= 0)");
                    }
                    break;
                case "text":
                    text = JsonSupport.stringOrNull(src, p, "\"text\"");
                    break;
                case "token_ids":
                    readTokenIds();
                    break;
                case "logprobs":
                    readPositions();
                    break;
                case "cumulative_logprob":
                    float c = JsonSupport.floatOrNull(src, p, "\"cumulative_logprob\"");
                    cumulativeLogprob = Float.isNaN(c) ? null : p.getText();
                    break;
                case "finish_reason":
                    finishReason = JsonSupport.stringOrNull(src, p, "\"finish_reason\"");
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (hasLogprobs) {
            resolve();
        }
    }

    /** Appends the output's tokens to {@code b}. */
    void emit(TraceBuilder b) {
        if (!hasLogprobs) {
            tokens.addText(p, text);
        }
        tokens.emit(b, p);
        if (hasLogprobs && rows > 0) {
            b.declareTopK(topK());
        }
    }

    private void readTokenIds() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "\"token_ids\" (a list of integers)");
        }
        int[] ids = new int[8];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n++] = JsonSupport.intOrNull(src, p, "a token id", -1);
        }
        tokenIds = ids;
        tokenIdCount = n;
    }

    private void readPositions() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonSupport.expected(src, p, "\"logprobs\" (a list of maps, or null)");
        }
        hasLogprobs = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonSupport.expected(src, p, "a map of token id to logprob");
            }
            String key;
            while ((key = p.nextFieldName()) != null) {
                int id = parseId(key);
                p.nextToken();
                readEntry(id);
            }
            if (rows == rowEnd.length) {
                rowEnd = Arrays.copyOf(rowEnd, rows * 2);
            }
            rowEnd[rows++] = entryTexts.size();
        }
    }

    private int parseId(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw JsonSupport.error(src, p, "expected a token id as key, found \"" + key + "\"");
        }
    }

    private void readEntry(int id) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonSupport.expected(src, p, "a logprob entry {logprob, rank, decoded_token}");
        }
        float lp = Float.NaN;
        int rank = Integer.MAX_VALUE;
        String decoded = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            switch (name) {
                case "logprob":
                    lp = tokens.logprob(p);
                    break;
                case "rank":
                    rank = JsonSupport.intOrNull(src, p, "\"rank\"", Integer.MAX_VALUE);
                    break;
                case "decoded_token":
                    decoded = JsonSupport.stringOrNull(src, p, "\"decoded_token\"");
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (decoded == null) {
            throw JsonSupport.error(src, p, "expected \"decoded_token\" (a string) for token id " + id);
        }
        int n = entryTexts.size();
        if (n == entryIds.length) {
            entryIds = Arrays.copyOf(entryIds, n * 2);
            entryLogprobs = Arrays.copyOf(entryLogprobs, n * 2);
            entryRanks = Arrays.copyOf(entryRanks, n * 2);
        }
        entryIds[n] = id;
        entryLogprobs[n] = lp;
        entryRanks[n] = rank;
        entryTexts.add(decoded);
    }

    /** k: the smallest map size, since vLLM only ever adds the sampled token on top of the top k. */
    private int topK() {
        int k = Integer.MAX_VALUE;
        for (int r = 0; r < rows; r++) {
            k = Math.min(k, rowEnd[r] - (r == 0 ? 0 : rowEnd[r - 1]));
        }
        return k;
    }

    private void resolve() {
        if (tokenIds == null || tokenIdCount != rows) {
            throw JsonSupport.error(src, p, "expected \"token_ids\" with one id per \"logprobs\" entry ("
                    + rows + "), found " + (tokenIds == null ? "none" : String.valueOf(tokenIdCount)));
        }
        int k = topK();
        int[] order = new int[16];
        for (int r = 0; r < rows; r++) {
            int from = r == 0 ? 0 : rowEnd[r - 1];
            int to = rowEnd[r];
            int sampled = -1;
            for (int e = from; e < to; e++) {
                if (entryIds[e] == tokenIds[r]) {
                    sampled = e;
                }
            }
            if (sampled < 0) {
                throw JsonSupport.error(src, p, "expected an entry for sampled token id " + tokenIds[r]
                        + " at position " + r + " of \"logprobs\"");
            }
            tokens.add(p, entryTexts.get(sampled), entryLogprobs[sampled]);
            tokens.setTokenId(tokenIds[r]);
            if (order.length < to - from) {
                order = new int[to - from];
            }
            int n = sortByRank(from, to, order);
            for (int j = 0; j < n && j < k; j++) {
                tokens.addAlternative(entryTexts.get(order[j]), entryLogprobs[order[j]]);
            }
        }
    }

    private int sortByRank(int from, int to, int[] order) {
        int n = 0;
        for (int e = from; e < to; e++) {
            int j = n++;
            while (j > 0 && entryRanks[order[j - 1]] > entryRanks[e]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = e;
        }
        return n;
    }
}
