package dev.exitscope.inference.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.exitscope.analysis.signals.redundancy.EmbeddingException;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TextEmbedder} over a sentence-embedding ONNX model and its Hugging Face {@code tokenizer.json}: tokenize
 * (with special tokens, truncated to {@link EmbedderOptions#maxLength()} word pieces), run the graph, pool the
 * token vectors under the attention mask ({@link Pooling#MEAN} by default) and L2-normalise — the Sentence-BERT
 * recipe (Reimers &amp; Gurevych 2019) that all-MiniLM-L6-v2 uses. {@link #miniLm()} loads that model from the
 * classpath (the langchain4j artifact carries it; model card sentence-transformers/all-MiniLM-L6-v2, Apache-2.0);
 * {@link #fromFiles} loads any user-supplied model.
 *
 * <p>Speed: texts are tokenized together, sorted by length and run in batches of
 * {@link EmbedderOptions#batchSize()}, each padded only to its own longest text, so padding costs little; padded
 * positions are masked out of the pooling. The session uses all graph optimisations, sequential execution and
 * {@link EmbedderOptions#intraOpThreads()} threads (default one per processor).
 *
 * <p>Threading: {@link #embed} may be called from any thread; calls are serialised, since one call already keeps
 * every core busy. {@link #close()} waits for a running call; calls after it fail with
 * {@link IllegalStateException}.
 */
public final class OnnxSentenceEmbedder implements TextEmbedder, AutoCloseable {
    /** The classpath resource of the all-MiniLM-L6-v2 ONNX model. */
    public static final String MINILM_MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
    /** The classpath resource of its tokenizer. */
    public static final String MINILM_TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ModelSignature signature;
    private final EmbedderOptions options;
    private final String id;
    private final String source;
    private final int dimension;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    OnnxSentenceEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
                         ModelSignature signature, EmbedderOptions options, String fingerprint, String source) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.signature = signature;
        this.options = options;
        this.source = source;
        this.id = "onnx-sentence:" + fingerprint + ":max=" + options.maxLength() + ":pool="
                + options.pooling().name().toLowerCase(Locale.ROOT) + ":l2";
        this.dimension = signature.hiddenSize() > 0 ? (int) signature.hiddenSize() : run(List.of("a"))[0].length;
    }

    /** all-MiniLM-L6-v2 from the classpath with {@link EmbedderOptions#MINILM}: 384 dimensions, 256 word pieces. */
    public static OnnxSentenceEmbedder miniLm() throws ModelLoadException {
        return miniLm(EmbedderOptions.MINILM);
    }

    /** all-MiniLM-L6-v2 from the classpath with other options (batch size, threads, maximum length). */
    public static OnnxSentenceEmbedder miniLm(EmbedderOptions options) throws ModelLoadException {
        return EmbedderLoader.fromClasspath(MINILM_MODEL_RESOURCE, MINILM_TOKENIZER_RESOURCE, options);
    }

    /**
     * A user-supplied sentence-embedding model: an ONNX file whose graph takes {@code input_ids} and
     * {@code attention_mask} (optionally {@code token_type_ids}, {@code position_ids}) and returns token vectors,
     * and the model's {@code tokenizer.json}. Uses mean pooling and at most 512 word pieces; see
     * {@link #fromFiles(Path, Path, EmbedderOptions)} to change them.
     *
     * @throws ModelLoadException naming the file that is missing or is not what was expected
     */
    public static OnnxSentenceEmbedder fromFiles(Path onnx, Path tokenizerJson)
            throws ModelLoadException {
        return fromFiles(onnx, tokenizerJson, EmbedderOptions.MINILM.withMaxLength(512));
    }

    /** As {@link #fromFiles(Path, Path)}, with explicit options. */
    public static OnnxSentenceEmbedder fromFiles(Path onnx, Path tokenizerJson,
                                                 EmbedderOptions options) throws ModelLoadException {
        return EmbedderLoader.fromFiles(onnx, tokenizerJson, options);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String id() {
        return id;
    }

    /** The options the embedder was made with. */
    public EmbedderOptions options() {
        return options;
    }

    /** Where the model came from (a path or a classpath resource). */
    public String source() {
        return source;
    }

    @Override
    public float[][] embed(List<String> texts) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedder for " + source + " is closed");
            }
            return run(texts);
        } finally {
            lock.unlock();
        }
    }

    /** The word-piece ids the model sees for {@code text}, special tokens included, after truncation. */
    long[] tokenIds(String text) {
        lock.lock();
        try {
            return tokenizer.encode(text).getIds();
        } finally {
            lock.unlock();
        }
    }

    /** The name of the graph output pooled into sentence vectors. */
    String pooledOutput() {
        return signature.output();
    }

    private float[][] run(List<String> texts) {
        float[][] out = new float[texts.size()][];
        if (texts.isEmpty()) {
            return out;
        }
        Encoding[] encodings;
        try {
            encodings = tokenizer.batchEncode(texts);
        } catch (RuntimeException e) {
            throw new EmbeddingException("the tokenizer of " + source + " failed: " + e.getMessage(), e);
        }
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        for (int start = 0; start < order.length; start += options.batchSize()) {
            int end = Math.min(order.length, start + options.batchSize());
            runBatch(encodings, Arrays.copyOfRange(order, start, end), out);
        }
        return out;
    }

    private void runBatch(Encoding[] encodings, Integer[] rows, float[][] out) {
        int cols = 1;
        for (int r : rows) {
            cols = Math.max(cols, encodings[r].getIds().length);
        }
        int n = rows.length;
        long[] ids = new long[n * cols];
        long[] mask = new long[n * cols];
        long[] types = new long[n * cols];
        for (int b = 0; b < n; b++) {
            Encoding e = encodings[rows[b]];
            long[] tokenIds = e.getIds();
            System.arraycopy(tokenIds, 0, ids, b * cols, tokenIds.length);
            System.arraycopy(e.getAttentionMask(), 0, mask, b * cols, tokenIds.length);
            System.arraycopy(e.getTypeIds(), 0, types, b * cols, tokenIds.length);
        }
        Map<String, OnnxTensor> feeds = null;
        try {
            feeds = signature.feeds(env, ids, mask, types, n, cols);
            try (OrtSession.Result result = session.run(feeds, Set.of(signature.output()))) {
                OnnxValue value = result.get(signature.output())
                        .orElseThrow(() -> new EmbeddingException(source + " returned no " + signature.output()));
                FloatBuffer buffer = ((OnnxTensor) value).getFloatBuffer();
                float[] states = new float[buffer.remaining()];
                buffer.get(states);
                int hidden = states.length / (n * cols);
                if (hidden * n * cols != states.length) {
                    throw new EmbeddingException(source + " returned " + states.length + " values for a batch of "
                            + n + " × " + cols + " tokens");
                }
                for (int b = 0; b < n; b++) {
                    float[] v = new float[hidden];
                    options.pooling().pool(states, b, cols, hidden, mask, v);
                    out[rows[b]] = v;
                }
            }
        } catch (OrtException e) {
            throw new EmbeddingException("ONNX Runtime failed on " + n + " texts of up to " + cols
                    + " word pieces with " + source + ": " + e.getMessage(), e);
        } finally {
            if (feeds != null) {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
    }

    /** Releases the session and the tokenizer. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("could not close the ONNX Runtime session of " + source, e);
            } finally {
                tokenizer.close();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "OnnxSentenceEmbedder[" + source + ", " + id + "]";
    }
}
