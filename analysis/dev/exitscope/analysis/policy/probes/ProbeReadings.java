package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Confidences and answers recomputed from a probe's own generated tokens ({@code out}), as the methods read them:
 * DEER's mean token probability of a trial answer, PUMA's {@code exp(mean logprob)} inside the first braces,
 * Dynasor's answer up to the first unmatched closing brace. When {@code out} carries no logprobs for the tokens a
 * rule reads, the probe's stored {@code confidence} stands in; without that the confidence is NaN, which no
 * threshold accepts. Stateless and thread-safe.
 */
public final class ProbeReadings {
    /** How DEER averages the token probabilities of a trial answer (vllm-deer.py: avg1, avg2, min). */
    public enum Mean {
        ARITHMETIC, GEOMETRIC, MIN
    }

    private ProbeReadings() {
    }

    /**
     * DEER's trial confidence: the probabilities {@code exp(logprob)} of the out tokens, skipping a first token
     * that is {@code "{"} (the trial prompt ends in {@code \boxed}), combined by {@code mean}.
     */
    public static double deerConfidence(Probe probe, Mean mean) {
        List<ProbeToken> out = probe.out();
        int from = !out.isEmpty() && out.get(0).text().strip().equals("{") ? 1 : 0;
        return combine(probe, out.subList(from, out.size()), mean);
    }

    /**
     * PUMA's trial confidence: {@code exp} of the mean logprob of the tokens strictly between the token holding
     * the first {@code {} and the token holding its matching {@code }} (to the end when it never closes).
     */
    public static double braceConfidence(Probe probe) {
        List<ProbeToken> out = probe.out();
        int[] span = braceTokens(out);
        if (span == null) {
            return fallback(probe);
        }
        return combine(probe, out.subList(span[0], span[1]), Mean.GEOMETRIC);
    }

    /** The probe's answer: its {@code answer} field, else the content of the first balanced braces of its text. */
    public static @Nullable String braceAnswer(Probe probe) {
        if (probe.answer() != null) {
            return probe.answer();
        }
        String text = text(probe);
        int open = text.indexOf('{');
        if (open < 0) {
            return null;
        }
        int close = matchingClose(text, open + 1);
        return text.substring(open + 1, close < 0 ? text.length() : close).strip();
    }

    /** Dynasor's answer: the probe's {@code answer}, else its text up to the first unmatched {@code }}. */
    public static String untilUnmatchedBrace(Probe probe) {
        if (probe.answer() != null) {
            return probe.answer().strip();
        }
        String text = text(probe);
        int close = matchingClose(text, 0);
        return text.substring(0, close < 0 ? text.length() : close).strip();
    }

    /**
     * The probe with {@code answer} filled in when it had none, so the answer a policy read from the probe's text
     * is the answer of its exit; the probe itself when it has one or {@code answer} is null.
     */
    public static Probe withAnswer(Probe probe, @Nullable String answer) {
        if (probe.answer() != null || answer == null) {
            return probe;
        }
        return new Probe(probe.kind(), probe.at(), answer, probe.confidence(), probe.text(), probe.out(),
                probe.correct(), probe.p());
    }

    /** The probe's raw output: {@code text}, else its out tokens joined, else its answer, else empty. */
    public static String text(Probe probe) {
        if (probe.text() != null) {
            return probe.text();
        }
        if (!probe.out().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ProbeToken t : probe.out()) {
                sb.append(t.text());
            }
            return sb.toString();
        }
        return probe.answer() == null ? "" : probe.answer();
    }

    /** Index of the {@code }} closing depth 0 when scanning from {@code from}; -1 when none. */
    static int matchingClose(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int @Nullable [] braceTokens(List<ProbeToken> out) {
        int depth = 0;
        int openToken = -1;
        for (int t = 0; t < out.size(); t++) {
            String s = out.get(t).text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '{') {
                    if (openToken < 0) {
                        openToken = t;
                    } else {
                        depth++;
                    }
                } else if (c == '}' && openToken >= 0) {
                    if (depth == 0) {
                        return new int[] {openToken + 1, Math.max(openToken + 1, t)};
                    }
                    depth--;
                }
            }
        }
        return openToken < 0 ? null : new int[] {openToken + 1, out.size()};
    }

    private static double combine(Probe probe, List<ProbeToken> tokens, Mean mean) {
        if (tokens.isEmpty()) {
            return fallback(probe);
        }
        double sumP = 0;
        double sumLp = 0;
        double min = Double.POSITIVE_INFINITY;
        for (ProbeToken t : tokens) {
            float lp = t.logprob();
            if (Float.isNaN(lp)) {
                return fallback(probe);
            }
            double p = Math.exp(lp);
            sumP += p;
            sumLp += lp;
            min = Math.min(min, p);
        }
        switch (mean) {
            case ARITHMETIC:
                return sumP / tokens.size();
            case GEOMETRIC:
                return Math.exp(sumLp / tokens.size());
            default:
                return min;
        }
    }

    private static double fallback(Probe probe) {
        return probe.confidence() == null ? Double.NaN : probe.confidence();
    }
}
