package dev.exitscope.inference.embed;

/**
 * How token vectors become one sentence vector. Every pooling ends with L2 normalisation,
 * {@code v / max(‖v‖, 1e-12)}, as sentence-transformers' Normalize module does.
 */
public enum Pooling {
    /**
     * The mean of the token vectors under the attention mask, {@code Σ_t m_t h_t / max(Σ_t m_t, 1e-9)}: the
     * recipe of all-MiniLM-L6-v2 and most Sentence-BERT models (Reimers &amp; Gurevych 2019). Padding never counts.
     */
    MEAN,
    /** The vector of the last token under the mask (Qwen3-Embedding and other decoder-based embedders). */
    LAST_TOKEN,
    /** The vector of the first token ({@code [CLS]}). */
    CLS;

    /**
     * Pools row {@code row} of a {@code [batch, seqLen, hidden]} tensor in {@code out} (length {@code hidden}),
     * then normalises it.
     */
    void pool(float[] states, int row, int seqLen, int hidden, long[] mask, float[] out) {
        double[] acc = new double[hidden];
        int base = row * seqLen;
        if (this == MEAN) {
            double count = 0;
            for (int t = 0; t < seqLen; t++) {
                if (mask[base + t] != 0) {
                    int off = (base + t) * hidden;
                    for (int h = 0; h < hidden; h++) {
                        acc[h] += states[off + h];
                    }
                    count++;
                }
            }
            double div = Math.max(count, 1e-9);
            for (int h = 0; h < hidden; h++) {
                acc[h] /= div;
            }
        } else {
            int t = 0;
            if (this == LAST_TOKEN) {
                for (int s = 0; s < seqLen; s++) {
                    if (mask[base + s] != 0) {
                        t = s;
                    }
                }
            }
            int off = (base + t) * hidden;
            for (int h = 0; h < hidden; h++) {
                acc[h] = states[off + h];
            }
        }
        double norm = 0;
        for (double x : acc) {
            norm += x * x;
        }
        double inv = 1.0 / Math.max(Math.sqrt(norm), 1e-12);
        for (int h = 0; h < hidden; h++) {
            out[h] = (float) (acc[h] * inv);
        }
    }
}
