package dev.exitscope.app;

import dev.exitscope.analysis.signals.redundancy.EmbeddingException;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.inference.embed.EmbedderOptions;
import dev.exitscope.inference.embed.ModelLoadException;
import dev.exitscope.inference.embed.OnnxSentenceEmbedder;
import java.util.List;

/**
 * all-MiniLM-L6-v2, loaded on first use (about 2 s) so the window opens at once; the loading happens on whichever
 * worker first computes redundancy, never on the FX thread. Thread-safe.
 */
final class LazyEmbedder implements TextEmbedder, AutoCloseable {
    private final EmbedderOptions options;
    private OnnxSentenceEmbedder model;

    /** all-MiniLM-L6-v2 with its own settings, one ONNX Runtime thread per processor. */
    LazyEmbedder() {
        this(EmbedderOptions.MINILM);
    }

    LazyEmbedder(EmbedderOptions options) {
        this.options = options;
    }

    /**
     * For the window: one processor is left to the FX thread and the renderer, so embedding a long trace's steps
     * in the background does not starve the window.
     */
    static LazyEmbedder forWindow() {
        int processors = Runtime.getRuntime().availableProcessors();
        return new LazyEmbedder(EmbedderOptions.MINILM.withIntraOpThreads(Math.max(1, processors - 1)));
    }

    private synchronized TextEmbedder model() {
        if (model == null) {
            try {
                model = OnnxSentenceEmbedder.miniLm(options);
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
