package dev.exitscope.analysis.signals.redundancy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TextEmbedder} that answers from an {@link EmbeddingCache} and sends only the misses to the embedder it
 * wraps, in one batch, each distinct text once. It has the wrapped embedder's id and dimension, so it returns the
 * same vectors, only faster the second time.
 *
 * <p>Thread-safe when the wrapped embedder is: two threads missing the same text may both embed it, and the cache
 * keeps the one stored last (the same vector).
 */
public final class CachingEmbedder implements TextEmbedder {
    private final TextEmbedder embedder;
    private final EmbeddingCache cache;

    /** Wraps {@code embedder} with {@code cache}. */
    public CachingEmbedder(TextEmbedder embedder, EmbeddingCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    /** The embedder that computes the misses. */
    public TextEmbedder delegate() {
        return embedder;
    }

    /** The cache consulted first. */
    public EmbeddingCache cache() {
        return cache;
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }

    @Override
    public String id() {
        return embedder.id();
    }

    @Override
    public float[][] embed(List<String> texts) {
        int dim = embedder.dimension();
        String id = embedder.id();
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> missing = new HashMap<>();
        List<String> missTexts = new ArrayList<>();
        List<String> missKeys = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            String text = texts.get(i);
            List<Integer> waiting = missing.get(text);
            if (waiting != null) {
                waiting.add(i);
                continue;
            }
            String key = EmbeddingCache.key(id, text);
            float[] v = cache.get(key, dim);
            if (v != null) {
                out[i] = v;
            } else {
                waiting = new ArrayList<>(1);
                waiting.add(i);
                missing.put(text, waiting);
                missTexts.add(text);
                missKeys.add(key);
            }
        }
        if (!missTexts.isEmpty()) {
            float[][] computed = embedder.embed(missTexts);
            if (computed.length != missTexts.size()) {
                throw new EmbeddingException(id + " returned " + computed.length + " vectors for "
                        + missTexts.size() + " texts");
            }
            for (int m = 0; m < computed.length; m++) {
                cache.put(missKeys.get(m), computed[m]);
                List<Integer> positions = missing.get(missTexts.get(m));
                for (int n = 0; n < positions.size(); n++) {
                    out[positions.get(n)] = n == 0 ? computed[m] : computed[m].clone();
                }
            }
        }
        return out;
    }
}
