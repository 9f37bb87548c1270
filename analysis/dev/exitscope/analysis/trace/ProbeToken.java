package dev.exitscope.analysis.trace;

/** One token a probe generated, with its log-probability (NaN when unknown). */
public record ProbeToken(String text, float logprob) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ProbeToken t && t.text.equals(text)
                && Float.floatToIntBits(t.logprob) == Float.floatToIntBits(logprob);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Float.floatToIntBits(logprob);
    }
}
