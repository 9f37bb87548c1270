package dev.exitscope.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TraceBuilder#addTokens} and {@link TraceBuilder#addToken(String, int, int, float)} against one
 * {@link TraceBuilder#addToken(String, float)} call per token: on seeded random token lists (empty texts,
 * surrogates, NaN logprobs, tokens added before and after, entropies, ids and top-k rows on the later tokens) the
 * traces are equal.
 */
class TraceBuilderBulkTest {
    private static final String[] PIECES = {"", "a", " the", "\n\n", "中", "\uD83D\uDE42", "\uD83D", "<think>",
        "</think>", "\\boxed{42}", "é"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void bulkAndRangeTokensBuildTheSameTraceAsOneStringPerToken(long seed) {
        Random rnd = new Random(seed);
        int before = rnd.nextInt(3);
        int n = rnd.nextInt(300);
        int after = rnd.nextInt(3);
        String[] texts = new String[before + n + after];
        float[] lps = new float[texts.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = PIECES[rnd.nextInt(PIECES.length)];
            lps[i] = rnd.nextInt(4) == 0 ? Float.NaN : -rnd.nextFloat();
        }
        boolean withLogprobs = rnd.nextBoolean();
        boolean extras = rnd.nextBoolean();

        TraceBuilder one = new TraceBuilder("t");
        TraceBuilder bulk = new TraceBuilder("t");
        for (int i = 0; i < before; i++) {
            one.addToken(texts[i], lps[i]);
            bulk.addToken(texts[i], 0, texts[i].length(), lps[i]);
        }
        StringBuilder chars = new StringBuilder("xyz");
        int[] ends = new int[n];
        float[] bulkLps = new float[n + 5];
        for (int i = 0; i < n; i++) {
            String s = texts[before + i];
            one.addToken(s, withLogprobs ? lps[before + i] : Float.NaN);
            chars.append(s);
            ends[i] = chars.length() - 3;
            bulkLps[i] = lps[before + i];
        }
        bulk.addTokens(chars.substring(3), ends, n, withLogprobs ? bulkLps : null);
        for (int i = before + n; i < texts.length; i++) {
            one.addToken(texts[i], lps[i]);
            bulk.reserve(1, texts[i].length());
            bulk.addToken(texts[i], lps[i]);
            if (extras) {
                for (TraceBuilder b : new TraceBuilder[] {one, bulk}) {
                    b.setEntropy(0.5f);
                    b.setTokenId(7);
                    b.addAlternative("x", -0.25f);
                }
            }
        }
        assertEquals(one.build(), bulk.build(), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void bulkTokensFromAStringBuildTheSameTraceAsOneStringPerToken(long seed) {
        Random rnd = new Random(seed);
        int before = rnd.nextInt(2) * rnd.nextInt(3);
        int n = rnd.nextInt(300);
        int after = rnd.nextInt(3);
        boolean trailing = rnd.nextBoolean();
        boolean perToken = rnd.nextBoolean();
        TraceBuilder one = new TraceBuilder("t");
        TraceBuilder bulk = new TraceBuilder("t");
        for (int i = 0; i < before; i++) {
            String s = PIECES[rnd.nextInt(PIECES.length)];
            one.addToken(s, -0.5f);
            bulk.addToken(s, -0.5f);
        }
        StringBuilder chars = new StringBuilder();
        int[] ends = new int[n];
        float[] lps = new float[n];
        for (int i = 0; i < n; i++) {
            String s = PIECES[rnd.nextInt(PIECES.length)];
            lps[i] = rnd.nextInt(4) == 0 ? Float.NaN : -rnd.nextFloat();
            one.addToken(s, lps[i]);
            int start = chars.length();
            chars.append(s);
            ends[i] = chars.length();
            if (perToken) {
                bulk.addToken(chars.toString(), start, ends[i], lps[i]);
            }
        }
        if (!perToken) {
            bulk.addTokens(chars.append(trailing ? "tail" : "").toString(), ends, n, lps);
        }
        for (int i = 0; i < after; i++) {
            String s = PIECES[rnd.nextInt(PIECES.length)];
            one.addToken(s, Float.NaN);
            one.setEntropy(1.5f);
            bulk.addToken(s, 0, s.length(), Float.NaN);
            bulk.setEntropy(1.5f);
        }
        assertEquals(one.build(), bulk.build(), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 300})
    void bulkTokensFromAStringWithUnknownLogprobsHaveNaNForEach(int n) {
        TraceBuilder b = new TraceBuilder("t");
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            ends[i] = i + 1;
        }
        Trace t = b.addTokens("x".repeat(n), ends, n, null).build();
        assertEquals(n, t.tokenCount());
        assertEquals("x".repeat(n), t.text());
        for (int i = 0; i < n; i++) {
            assertEquals(Float.NaN, t.logprob(i), "token " + i);
            assertEquals("x", t.tokenText(i));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void bulkTokensPastTheLimitAreRefused(int limit) {
        TraceBuilder b = new TraceBuilder("t", limit);
        b.addToken("a", Float.NaN);
        String chars = "bcd";
        int[] ends = {1, 2, 3};
        if (limit == 4) {
            b.addTokens(chars, ends, 3, null);
            assertEquals("abcd", b.build().text());
        } else {
            assertThrows(TokenLimitException.class, () -> b.addTokens(chars, ends, 3, null));
        }
    }
}
