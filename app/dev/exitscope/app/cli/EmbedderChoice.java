package dev.exitscope.app.cli;

import dev.exitscope.analysis.signals.redundancy.CachingEmbedder;
import dev.exitscope.analysis.signals.redundancy.EmbeddingCache;
import dev.exitscope.analysis.signals.redundancy.LexicalEmbedder;
import dev.exitscope.analysis.signals.redundancy.TextEmbedder;
import dev.exitscope.inference.embed.ModelLoadException;
import dev.exitscope.inference.embed.OnnxSentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns {@code --embedder lexical|minilm|PATH} into a {@link TextEmbedder} whose vectors are cached on disk under
 * {@code ~/.cache/exitscope/vectors} (override with {@code EXITSCOPE_CACHE}). PATH is an ONNX sentence-embedding
 * model file with {@code tokenizer.json} beside it, or a folder holding {@code model.onnx} and
 * {@code tokenizer.json}.
 */
final class EmbedderChoice {
    private EmbedderChoice() {
    }

    static TextEmbedder open(String spec) throws IOException {
        TextEmbedder raw = switch (spec) {
            case "lexical" -> new LexicalEmbedder();
            case "minilm" -> load(() -> OnnxSentenceEmbedder.miniLm());
            default -> fromPath(Path.of(spec));
        };
        return new CachingEmbedder(raw, EmbeddingCache.onDisk(cacheDir(), EmbeddingCache.DEFAULT_MAX_BYTES));
    }

    private static TextEmbedder fromPath(Path p) {
        Path model = Files.isDirectory(p) ? p.resolve("model.onnx") : p;
        Path dir = model.toAbsolutePath().getParent();
        Path tokenizer = dir == null ? Path.of("tokenizer.json") : dir.resolve("tokenizer.json");
        if (!Files.exists(model)) {
            throw new UsageException("--embedder " + p + ": no such model (expected lexical, minilm, an .onnx file"
                    + " with tokenizer.json beside it, or a folder with model.onnx and tokenizer.json)");
        }
        return load(() -> OnnxSentenceEmbedder.fromFiles(model, tokenizer));
    }

    private static Path cacheDir() {
        String env = System.getenv("EXITSCOPE_CACHE");
        Path base = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "exitscope");
        return base.resolve("vectors");
    }

    private interface Loader {
        TextEmbedder load() throws ModelLoadException;
    }

    private static TextEmbedder load(Loader loader) {
        try {
            return loader.load();
        } catch (ModelLoadException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
