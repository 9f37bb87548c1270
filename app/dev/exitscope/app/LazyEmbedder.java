package dev.exitscope.app;

import dev.exitscope.analysis.signals.redundancy.EmbeddingException;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.inference.embed.ModelLoadException;
import dev.exitscope.inference.embed.OnnxSentenceEmbedder;
import java.util.List;

/**
 * all-MiniLM-L6-v2, loaded on first use (about 2 s) so the window opens at once; the loading happens on whichever
 * worker first computes redundancy, never on the FX thread. Thread-safe.
 */
final class LazyEmbedder implements TextEmbedder, AutoCloseable {
    private OnnxSentenceEmbedder model;

    private synchronized TextEmbedder model() {
        if (model == null) {
            try {
                model = OnnxSentenceEmbedder.miniLm();
            } catch (ModelLoadException e) {
                throw new EmbeddingException(e.getMessage(), e);
            }
        }
        return model;
    }

    @Override
    public int dimension() {
        return model().dimension();
    }

    @Override
    public String id() {
        return model().id();
    }

    @Override
    public float[][] embed(List<String> texts) {
        return model().embed(texts);
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
        }
    }
}
