package dev.exitscope.analysis.signals.redundancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    /** A real embedder that records what it was asked to embed. */
    static final class CountingEmbedder implements TextEmbedder {
        final TextEmbedder inner;
        final List<List<String>> calls = new ArrayList<>();

        CountingEmbedder(TextEmbedder inner) {
            this.inner = inner;
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public synchronized float[][] embed(List<String> texts) {
            calls.add(List.copyOf(texts));
            return inner.embed(texts);
        }
    }

    private static final String X = "First, add the two numbers: 12 + 30 = 42.";
    private static final String Y = "Hmm, wait, maybe I should recheck the addition.";
    private static final String Z = "So the answer is 42.";

    private final LexicalEmbedder lexical = new LexicalEmbedder();

    @Test
    void keyIsSha256OfIdZeroByteAndText() {
        // printf 'lexical\0The cat sits.' | sha256sum
        assertEquals("5983fd26b12c684dca270d376e973b6606528f8dd82323135ea4f6a75a091f73",
                EmbeddingCache.key("lexical", "The cat sits."));
        assertNotEquals(EmbeddingCache.key("lexical", "x"), EmbeddingCache.key("other", "x"));
    }

    @Test
    void hitsDoNotCallTheEmbedderAndMissesGoInOneBatch() {
        CountingEmbedder counting = new CountingEmbedder(lexical);
        CachingEmbedder caching = new CachingEmbedder(counting, EmbeddingCache.inMemory(1 << 20));

        float[][] first = caching.embed(List.of(X, Y, X));
        assertEquals(List.of(List.of(X, Y)), counting.calls);
        assertArrayEquals(lexical.embed(List.of(X))[0], first[0]);
        assertArrayEquals(first[0], first[2]);

        float[][] again = caching.embed(List.of(Y, X));
        assertEquals(1, counting.calls.size());
        assertArrayEquals(first[1], again[0]);
        assertArrayEquals(first[0], again[1]);

        caching.embed(List.of(X, Z, Y));
        assertEquals(List.of(List.of(X, Y), List.of(Z)), counting.calls);
        assertEquals(lexical.id(), caching.id());
        assertEquals(lexical.dimension(), caching.dimension());
    }

    @Test
    void vectorsHandedOutAreCopies() {
        CachingEmbedder caching = new CachingEmbedder(lexical, EmbeddingCache.inMemory(1 << 20));
        float[] v = caching.embed(List.of(X))[0];
        float[] original = v.clone();
        v[0] = 99f;
        assertArrayEquals(original, caching.embed(List.of(X))[0]);
    }

    @Test
    void diskStoreSurvivesANewCacheInstance(@TempDir Path dir) throws IOException {
        CountingEmbedder first = new CountingEmbedder(lexical);
        float[][] computed = new CachingEmbedder(first, EmbeddingCache.onDisk(dir, 1 << 20)).embed(List.of(X, Y));
        assertEquals(1, first.calls.size());

        CountingEmbedder second = new CountingEmbedder(lexical);
        EmbeddingCache reopened = EmbeddingCache.onDisk(dir, 1 << 20);
        float[][] read = new CachingEmbedder(second, reopened).embed(List.of(X, Y));
        assertTrue(second.calls.isEmpty());
        assertEquals(2, reopened.diskHits());
        assertArrayEquals(computed[0], read[0]);
        assertArrayEquals(computed[1], read[1]);
        Path file = dir.resolve(EmbeddingCache.key(lexical.id(), X).substring(0, 2))
                .resolve(EmbeddingCache.key(lexical.id(), X) + ".vec");
        assertTrue(Files.size(file) < 1000, "lexical vectors are stored sparsely");
    }

    @Test
    void denseVectorsRoundTripThroughDisk(@TempDir Path dir) throws IOException {
        float[] dense = {0.1f, -0.2f, 0.3f, Float.MIN_VALUE, -0.9f};
        EmbeddingCache.onDisk(dir, 1 << 20).put("ab" + "0".repeat(62), dense);
        float[] back = EmbeddingCache.onDisk(dir, 1 << 20).get("ab" + "0".repeat(62), 5);
        assertArrayEquals(dense, back);
    }

    @Test
    void unreadableOrMismatchedFilesCountAsMisses(@TempDir Path dir) throws IOException {
        EmbeddingCache cache = EmbeddingCache.onDisk(dir, 0);
        String key = EmbeddingCache.key("e", "t");
        cache.put(key, new float[] {1f, 0f, 0f});
        assertNull(EmbeddingCache.onDisk(dir, 0).get(key, 4));
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".vec");
        Files.write(file, new byte[] {1, 2, 3});
        assertNull(EmbeddingCache.onDisk(dir, 0).get(key, 3));
    }

    @Test
    void memoryIsBoundedAndEvictsTheLeastRecentlyUsed() {
        long entry = 4L * 10 + 160;
        EmbeddingCache cache = EmbeddingCache.inMemory(3 * entry);
        for (String k : List.of("k1", "k2", "k3")) {
            cache.put(k, new float[10]);
        }
        assertNotNull(cache.get("k1", 10));
        cache.put("k4", new float[10]);
        assertEquals(3, cache.memorySize());
        assertEquals(3 * entry, cache.memoryBytes());
        assertNull(cache.get("k2", 10));
        assertNotNull(cache.get("k1", 10));
        assertNotNull(cache.get("k4", 10));
    }

    @Test
    void replayingATraceStepByStepEmbedsNothingTheSecondTime() {
        CountingEmbedder counting = new CountingEmbedder(lexical);
        RedundancyCalculator calc = new RedundancyCalculator(
                new CachingEmbedder(counting, EmbeddingCache.inMemory(1 << 20)));
        List<String> steps = List.of(X, Y, Z, Y);
        double[] firstRun = new double[steps.size()];
        IncrementalRedundancy run = calc.incremental();
        for (int k = 0; k < steps.size(); k++) {
            firstRun[k] = run.addStep(steps.get(k));
        }
        int calls = counting.calls.size();
        assertEquals(3, calls);
        IncrementalRedundancy replay = calc.incremental();
        for (int k = 0; k < steps.size(); k++) {
            assertEquals(firstRun[k], replay.addStep(steps.get(k)), 0.0);
        }
        assertEquals(calls, counting.calls.size());
        assertArrayEquals(calc.compute(steps).similarities(), firstRun, 0.0);
    }
}
