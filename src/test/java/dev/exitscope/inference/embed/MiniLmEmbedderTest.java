package dev.exitscope.inference.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.exitscope.analysis.signals.redundancy.RedundancyCalculator;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static final String CAT = "The cat sits on the mat.";
    private static final String CAT2 = "A cat is sitting on the mat.";
    private static final String REVENUE = "Quarterly revenue grew by 12 percent.";

    private static OnnxSentenceEmbedder embedder;
    private static OrtSession raw;

    @BeforeAll
    static void load() throws Exception {
        embedder = OnnxSentenceEmbedder.miniLm();
        byte[] model;
        try (InputStream in = Objects.requireNonNull(MiniLmEmbedderTest.class.getClassLoader()
                .getResourceAsStream(OnnxSentenceEmbedder.MINILM_MODEL_RESOURCE))) {
            model = in.readAllBytes();
        }
        raw = OrtEnvironment.getEnvironment().createSession(model, new OrtSession.SessionOptions());
    }

    @AfterAll
    static void close() throws Exception {
        embedder.close();
        raw.close();
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    private static double cos(float[] a, float[] b) {
        return RedundancyCalculator.cosine(a, b);
    }

    /** The graph run by hand on one unpadded text; mean over all its tokens, then L2, in double. */
    private static float[] byHand(long[] ids) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1);
        long[] zeros = new long[ids.length];
        try (OnnxTensor i = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
             OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(zeros), shape);
             OrtSession.Result r = raw.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            OnnxTensor states = (OnnxTensor) r.get(embedder.pooledOutput()).orElseThrow();
            long[] outShape = states.getInfo().getShape();
            assertArrayEquals(new long[] {1, ids.length, 384}, outShape);
            FloatBuffer fb = states.getFloatBuffer();
            double[] mean = new double[384];
            for (int tok = 0; tok < ids.length; tok++) {
                for (int h = 0; h < 384; h++) {
                    mean[h] += fb.get(tok * 384 + h) / (double) ids.length;
                }
            }
            double len = 0;
            for (double x : mean) {
                len += x * x;
            }
            len = Math.sqrt(len);
            float[] v = new float[384];
            for (int h = 0; h < 384; h++) {
                v[h] = (float) (mean[h] / len);
            }
            return v;
        }
    }

    @Test
    void hasThe384DimensionsOfMiniLmAndAStableId() throws Exception {
        assertEquals(384, embedder.dimension());
        assertTrue(embedder.id().startsWith("onnx-sentence:"), embedder.id());
        assertTrue(embedder.id().endsWith(":max=256:pool=mean:l2"), embedder.id());
        assertEquals(Set.of("input_ids", "attention_mask", "token_type_ids"), raw.getInputNames());
    }

    @Test
    void tokenizesWithBertSpecialTokensAndTruncatesTo256() {
        long[] ids = embedder.tokenIds(CAT);
        assertEquals(101, ids[0], "[CLS]");
        assertEquals(102, ids[ids.length - 1], "[SEP]");
        assertEquals(1996, ids[1], "the");
        assertEquals(1012, ids[ids.length - 2], ".");
        assertEquals(9, ids.length, Arrays.toString(ids));
        long[] longIds = embedder.tokenIds("word ".repeat(1000));
        assertEquals(256, longIds.length);
        assertEquals(102, longIds[255]);
    }

    @Test
    void vectorsHaveUnitLength() {
        for (float[] v : embedder.embed(List.of(CAT, REVENUE, "", "x".repeat(3000)))) {
            assertEquals(384, v.length);
            assertEquals(1.0, norm(v), 1e-5);
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[][] v = embedder.embed(List.of(CAT, CAT2, REVENUE));
        double close = cos(v[0], v[1]);
        double far = cos(v[0], v[2]);
        assertTrue(close > far + 0.4, "paraphrase " + close + ", unrelated " + far);
        assertTrue(close > 0.7, "paraphrase " + close);
    }

    @Test
    void poolingMatchesTheGraphRunByHand() throws Exception {
        for (String text : List.of(CAT, REVENUE, "Wait, 17 × 23 = 391? Let me recompute: 17 × 20 + 17 × 3.")) {
            float[] expected = byHand(embedder.tokenIds(text));
            float[] actual = embedder.embed(List.of(text))[0];
            assertArrayEquals(expected, actual, 1e-5f, text);
        }
        long[] truncated = embedder.tokenIds("lorem ipsum ".repeat(300));
        assertArrayEquals(byHand(truncated), embedder.embed(List.of("lorem ipsum ".repeat(300)))[0], 1e-5f);
    }

    @Test
    void paddedBatchesGiveTheSameVectorsAsOneByOne() {
        List<String> texts = List.of(
                "Hmm.",
                CAT,
                "So far we have x = 3 and y = 4, which gives a hypotenuse of 5, but let me verify that carefully "
                        + "by squaring both legs and adding them: 9 + 16 = 25, and the square root of 25 is 5.",
                REVENUE,
                "Alternatively, we could factor the quadratic directly.");
        float[][] batch = embedder.embed(texts);
        List<float[]> single = new ArrayList<>();
        for (String t : texts) {
            single.add(embedder.embed(List.of(t))[0]);
        }
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(single.get(i), batch[i], 1e-5f, texts.get(i));
        }
        OnnxSentenceEmbedder small = null;
        try {
            small = OnnxSentenceEmbedder.miniLm(EmbedderOptions.MINILM.withBatchSize(2));
            float[][] byTwos = small.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(batch[i], byTwos[i], 1e-5f, texts.get(i));
            }
            assertEquals(embedder.id(), small.id());
        } catch (ModelLoadException e) {
            throw new AssertionError(e);
        } finally {
            if (small != null) {
                small.close();
            }
        }
    }

    @Test
    void redundancyOverMiniLmSeparatesARestatementFromNewWork() {
        RedundancyResult r = new RedundancyCalculator(embedder).compute(List.of(
                "First compute 17 times 23, which is 391.",
                "Let me double-check: 17 multiplied by 23 equals 391.",
                "Next, the circle has radius 5, so its area is 25 pi."));
        assertTrue(Double.isNaN(r.similarity(0)));
        assertTrue(r.isRedundant(1), r.toString());
        assertTrue(r.similarity(1) > r.similarity(2) + 0.3, r.toString());
    }

    @Test
    void emptyBatchGivesNoVectors() {
        assertEquals(0, embedder.embed(List.of()).length);
    }

    @Test
    void aClosedEmbedderRefusesWork() throws Exception {
        OnnxSentenceEmbedder other = OnnxSentenceEmbedder.miniLm(EmbedderOptions.MINILM.withIntraOpThreads(1));
        other.close();
        other.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.embed(List.of(CAT)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
