package dev.exitscope.analysis.signals.redundancy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pure-Java sentence vector from words alone: hashed word unigrams and bigrams, sublinear term frequency times
 * inverse document frequency, L2-normalised. It needs no model, so it is the fallback when no neural embedder is
 * available and the baseline the neural ones are compared with.
 *
 * <p>Formula. The text is lower-cased ({@link Locale#ROOT}) and split into words, the maximal runs of letters and
 * digits ({@link Character#isLetterOrDigit(int)}). Its features are every word and every pair of adjacent words
 * joined by one space. Feature {@code f} goes to bucket {@code b(f) = FNV-1a-32(UTF-8(f)) mod D} (unsigned),
 * {@code D = 2^14} by default. With {@code tf_b} the number of the text's features in bucket {@code b}:
 * <pre>
 *   w_b = (1 + ln tf_b) · idf_b   for tf_b &gt; 0, else 0;       v = w / ‖w‖₂   (all zeros if the text has no word)
 * </pre>
 *
 * <p>Inverse document frequency. A vector must depend on its text only (so it can be cached and so that an online
 * policy never sees future steps), so idf is never taken from the batch being embedded. It is fixed when the
 * embedder is made: {@link #LexicalEmbedder()} uses {@code idf_b = 1} (plain sublinear tf), and
 * {@link #fittedOn(List)} learns, from a corpus such as the steps of the trace being analysed,
 * {@code idf_b = ln((1 + N) / (1 + df_b)) + 1} with {@code N} the number of corpus texts and {@code df_b} the
 * number of them with a feature in bucket {@code b} (the smoothed idf of scikit-learn's TfidfTransformer). The idf
 * table is part of {@link #id()}. Fitting on a whole trace and then measuring redundancy online looks ahead; online
 * policies should use the unfitted embedder or one fitted on other traces.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexicalEmbedder implements TextEmbedder {
    /** The default number of hash buckets, 2^14. */
    public static final int DEFAULT_DIMENSION = 1 << 14;

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private final int dimension;
    private final float[] idf;
    private final String id;

    /** Uniform idf over {@link #DEFAULT_DIMENSION} buckets. */
    public LexicalEmbedder() {
        this(DEFAULT_DIMENSION);
    }

    /** Uniform idf over {@code dimension} buckets. */
    public LexicalEmbedder(int dimension) {
        this(dimension, uniform(dimension), "uniform");
    }

    private LexicalEmbedder(int dimension, float[] idf, String idfName) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
        }
        this.dimension = dimension;
        this.idf = idf;
        this.id = "lexical-v1:fnv1a32:uni+bi:sublinear-tf:d=" + dimension + ":idf=" + idfName;
    }

    /** An embedder with this one's dimension whose idf is learned from {@code corpus} (see the class comment). */
    public LexicalEmbedder fittedOn(List<String> corpus) {
        int[] df = new int[dimension];
        for (String text : corpus) {
            for (int b : distinctBuckets(text)) {
                df[b]++;
            }
        }
        int n = corpus.size();
        float[] learned = new float[dimension];
        for (int b = 0; b < dimension; b++) {
            learned[b] = (float) (Math.log((1.0 + n) / (1.0 + df[b])) + 1.0);
        }
        return new LexicalEmbedder(dimension, learned, "sha256:" + fingerprint(learned));
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embedOne(texts.get(i));
        }
        return out;
    }

    /** The idf weight of bucket {@code b}. */
    public float idf(int b) {
        return idf[b];
    }

    /** The bucket of one feature string: FNV-1a-32 of its UTF-8 bytes, unsigned, modulo the dimension. */
    public int bucket(String feature) {
        return Integer.remainderUnsigned(fnv1a(feature.getBytes(StandardCharsets.UTF_8)), dimension);
    }

    /** The features of {@code text} in order: each word, then each adjacent pair "w1 w2", as described above. */
    public static List<String> features(String text) {
        List<String> words = words(text);
        List<String> features = new ArrayList<>(2 * words.size());
        features.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            features.add(words.get(i - 1) + ' ' + words.get(i));
        }
        return features;
    }

    private float[] embedOne(String text) {
        List<String> features = features(text);
        int[] buckets = new int[features.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = bucket(features.get(i));
        }
        Arrays.sort(buckets);
        float[] v = new float[dimension];
        double sumSquares = 0;
        int i = 0;
        while (i < buckets.length) {
            int j = i;
            while (j < buckets.length && buckets[j] == buckets[i]) {
                j++;
            }
            double w = (1.0 + Math.log(j - i)) * idf[buckets[i]];
            v[buckets[i]] = (float) w;
            sumSquares += w * w;
            i = j;
        }
        if (sumSquares > 0) {
            double inv = 1.0 / Math.sqrt(sumSquares);
            for (int b = 0; b < dimension; b++) {
                v[b] = (float) (v[b] * inv);
            }
        }
        return v;
    }

    private Set<Integer> distinctBuckets(String text) {
        Set<Integer> set = new HashSet<>();
        for (String f : features(text)) {
            set.add(bucket(f));
        }
        return set;
    }

    private static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inWord = Character.isLetterOrDigit(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }

    static int fnv1a(byte[] bytes) {
        int h = FNV_OFFSET;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    private static float[] uniform(int dimension) {
        float[] ones = new float[Math.max(dimension, 0)];
        Arrays.fill(ones, 1f);
        return ones;
    }

    private static String fingerprint(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length);
        for (float v : values) {
            bytes.putFloat(v);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.array());
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
