package dev.exitscope.inference.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FromFilesEmbedderTest {
    @TempDir
    static Path dir;
    private static Path model;
    private static Path tokenizer;

    @BeforeAll
    static void writeTheBundledModelToFiles() throws IOException {
        model = copy(OnnxSentenceEmbedder.MINILM_MODEL_RESOURCE, "model.onnx");
        tokenizer = copy(OnnxSentenceEmbedder.MINILM_TOKENIZER_RESOURCE, "tokenizer.json");
    }

    private static Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(
                FromFilesEmbedderTest.class.getClassLoader().getResourceAsStream(resource))) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void aUserSuppliedModelGivesTheSameVectorsAsTheBundledOne() throws Exception {
        List<String> texts = List.of("The cat sits on the mat.", "Wait, is 391 really 17 × 23?");
        EmbedderOptions options = EmbedderOptions.MINILM;
        try (OnnxSentenceEmbedder fromFiles = OnnxSentenceEmbedder.fromFiles(model, tokenizer, options);
             OnnxSentenceEmbedder bundled = OnnxSentenceEmbedder.miniLm()) {
            assertEquals(bundled.id(), fromFiles.id());
            assertEquals(384, fromFiles.dimension());
            float[][] a = fromFiles.embed(texts);
            float[][] b = bundled.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(b[i], a[i], 1e-6f);
            }
            assertEquals(model.toString(), fromFiles.source());
        }
    }

    @Test
    void aMissingModelFileIsNamed() {
        Path missing = dir.resolve("no-such-model.onnx");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEmbedder.fromFiles(missing, tokenizer));
        assertTrue(e.getMessage().contains("no-such-model.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(missing.toString(), e.source());
    }

    @Test
    void aGarbageModelFileIsNamedWithWhatWasExpected() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.onnx"), "this is not a protobuf model");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEmbedder.fromFiles(garbage, tokenizer));
        assertTrue(e.getMessage().contains("garbage.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("ONNX sentence-embedding model"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aGarbageTokenizerFileIsNamed() throws IOException {
        Path garbage = Files.write(dir.resolve("bad-tokenizer.json"), "{\"not\": \"a tokenizer\"".getBytes(
                StandardCharsets.UTF_8));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEmbedder.fromFiles(model, garbage));
        assertTrue(e.getMessage().contains("bad-tokenizer.json"), e.getMessage());
        assertTrue(e.getMessage().contains("tokenizer.json"), e.getMessage());
    }

    @Test
    void aDirectoryInsteadOfAFileIsRefused() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEmbedder.fromFiles(dir, tokenizer));
        assertTrue(e.getMessage().contains("is not a file"), e.getMessage());
    }
}
