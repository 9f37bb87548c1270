package dev.exitscope.analysis.signals.redundancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexicalEmbedderTest {
    private final LexicalEmbedder embedder = new LexicalEmbedder();

    private double cos(String a, String b) {
        float[][] v = embedder.embed(List.of(a, b));
        return RedundancyCalculator.cosine(v[0], v[1]);
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void fnv1aMatchesThePublishedTestVectors() {
        assertEquals(0x811c9dc5, LexicalEmbedder.fnv1a(new byte[0]));
        assertEquals(0xe40c292c, LexicalEmbedder.fnv1a("a".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0xbf9cf968, LexicalEmbedder.fnv1a("foobar".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bucketsAgreeWithAnIndependentPythonComputation() {
        // FNV-1a-32 mod 16384, computed with a separate Python implementation
        assertEquals(10540, embedder.bucket("a"));
        assertEquals(11749, embedder.bucket("b"));
        assertEquals(14834, embedder.bucket("a b"));
        assertEquals(15706, embedder.bucket("b a"));
    }

    @Test
    void featuresAreLowerCasedWordsThenAdjacentPairs() {
        assertEquals(List.of("the", "cat", "the", "cat", "the cat", "cat the", "the cat"),
                LexicalEmbedder.features("The cat, the CAT!"));
        assertEquals(List.of("x2", "ünï", "x2 ünï"), LexicalEmbedder.features("  X2--ÜNÏ. "));
        assertEquals(List.of(), LexicalEmbedder.features(" ,;. "));
    }

    @Test
    void identicalTextsHaveCosineOne() {
        assertEquals(1.0, cos("Let me check the sum again.", "Let me check the sum again."), 1e-6);
        assertEquals(1.0, cos("Let me check the sum again.", "LET ME CHECK, THE SUM AGAIN!"), 1e-6);
    }

    @Test
    void disjointVocabulariesHaveCosineZero() {
        String a = "alpha beta gamma";
        String b = "delta epsilon zeta";
        Set<Integer> bucketsA = new HashSet<>();
        for (String f : LexicalEmbedder.features(a)) {
            bucketsA.add(embedder.bucket(f));
        }
        for (String f : LexicalEmbedder.features(b)) {
            assertTrue(!bucketsA.contains(embedder.bucket(f)), "hash collision on " + f);
        }
        assertEquals(0.0, cos(a, b));
    }

    @Test
    void smallCaseMatchesTheFormulaByHand() {
        // "a b a": a×2, b, "a b", "b a"; "a b": a, b, "a b" (four distinct buckets, checked above).
        // weights (idf 1): A = (1+ln2, 1, 1, 1), B = (1, 1, 1, 0)
        // cos = (3 + ln2) / (√3 · √((1+ln2)² + 3)) = 0.880313...
        double expected = (3 + Math.log(2)) / (Math.sqrt(3) * Math.sqrt(Math.pow(1 + Math.log(2), 2) + 3));
        assertEquals(0.8803134, expected, 1e-7);
        assertEquals(expected, cos("a b a", "a b"), 1e-6);
        float[] v = embedder.embed(List.of("a b a"))[0];
        double len = Math.sqrt(Math.pow(1 + Math.log(2), 2) + 3);
        assertEquals((1 + Math.log(2)) / len, v[10540], 1e-6);
        assertEquals(1 / len, v[15706], 1e-6);
    }

    @Test
    void fittedIdfFollowsTheSmoothedFormula() {
        // corpus "a b", "a c": N = 2, df(a) = 2 → idf 1; df(b) = df("a b") = 1 → idf ln(3/2) + 1
        LexicalEmbedder fitted = embedder.fittedOn(List.of("a b", "a c"));
        double idfRare = Math.log(1.5) + 1;
        assertEquals(1.0, fitted.idf(fitted.bucket("a")), 1e-6);
        assertEquals(idfRare, fitted.idf(fitted.bucket("b")), 1e-6);
        assertEquals(Math.log(3) + 1, fitted.idf(fitted.bucket("zzz")), 1e-6);
        float[] v = fitted.embed(List.of("a b"))[0];
        double len = Math.sqrt(1 + 2 * idfRare * idfRare);
        assertEquals(0.4494364, 1 / len, 1e-7);
        assertEquals(1 / len, v[fitted.bucket("a")], 1e-6);
        assertEquals(idfRare / len, v[fitted.bucket("b")], 1e-6);
        assertEquals(idfRare / len, v[fitted.bucket("a b")], 1e-6);
        assertNotEquals(embedder.id(), fitted.id());
        assertEquals(fitted.id(), embedder.fittedOn(List.of("a c", "a b")).id());
    }

    @Test
    void vectorsAreUnitLengthAndEmptyTextIsZero() {
        float[][] v = embedder.embed(List.of("So the answer is 42, wait, let me verify: 6 × 7 = 42.", "x", ""));
        assertEquals(1.0, norm(v[0]), 1e-6);
        assertEquals(1.0, norm(v[1]), 1e-6);
        assertEquals(0.0, norm(v[2]));
        assertEquals(LexicalEmbedder.DEFAULT_DIMENSION, v[0].length);
    }

    @Test
    void aVectorDoesNotDependOnTheRestOfTheBatch() {
        float[] alone = embedder.embed(List.of("check the result"))[0];
        float[] inBatch = embedder.embed(List.of("other words here", "check the result", "more"))[1];
        assertArrayEquals(alone, inBatch);
    }

    @Test
    void smallerDimensionsWrapTheHash() {
        LexicalEmbedder small = new LexicalEmbedder(64);
        assertEquals(10540 % 64, small.bucket("a"));
        assertEquals(64, small.embed(List.of("a"))[0].length);
    }
}
