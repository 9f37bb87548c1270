package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Confidences and answers recomputed from a probe's own generated tokens ({@code out}), as the methods read them:
 * DEER's mean token probability of a trial answer (its first token skipped), PUMA's {@code exp(mean logprob)}
 * inside the first braces, Dynasor's answer up to the first unmatched closing brace (none without one). When
 * {@code out} carries no logprobs for the tokens a rule reads, the probe's stored {@code confidence} stands in;
 * without that the confidence is NaN, which no threshold accepts. Stateless and thread-safe.
 */
public final class ProbeReadings {
    /** How DEER averages the token probabilities of a trial answer (vllm-deer.py: avg1, avg2, min). */
    public enum Mean {
        ARITHMETIC, GEOMETRIC, MIN
    }

    /** The closing tag a Qwen3 DEER trial must end with. */
    static final String THINK_END = "</think>";

    private ProbeReadings() {
    }

    /**
     * DEER's trial confidence: the probabilities {@code exp(logprob)} of the out tokens from the second on, combined
     * by {@code mean}. The first generated token is always skipped, whatever it is (BugSmith/DEER
     * {@code vllm-deer.py}, {@code calculate_average_max_prob_from_logprobs}: {@code start_index = 1}); the last
     * token is included. A trial with fewer than two out tokens falls back to its stored confidence.
     */
    public static double deerConfidence(Probe probe, Mean mean) {
        return deerConfidence(probe, mean, false);
    }

    /**
     * DEER's trial confidence as above; with {@code endsAtThinkEnd} (the Qwen3 script, {@code vllm-deer-qwen3.py})
     * the trial ran until {@code </think>}, and its confidence is 0 unless its out tokens end with
     * {@code </think>} (trailing whitespace aside). A trial without out tokens falls back to its stored confidence
     * in both cases.
     */
    public static double deerConfidence(Probe probe, Mean mean, boolean endsAtThinkEnd) {
        List<ProbeToken> out = probe.out();
        if (endsAtThinkEnd && !out.isEmpty() && !endsWith(out, THINK_END)) {
            return 0;
        }
        return combine(probe, out.subList(Math.min(1, out.size()), out.size()), mean);
    }

    /** Whether the joined texts of {@code tokens} end with {@code tag}, trailing whitespace ignored. */
    static boolean endsWith(List<ProbeToken> tokens, String tag) {
        String tail = "";
        for (int i = tokens.size() - 1; i >= 0; i--) {
            tail = tokens.get(i).text() + tail;
            String trimmed = tail.stripTrailing();
            if (trimmed.length() >= tag.length()) {
                return trimmed.endsWith(tag);
            }
        }
        return false;
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

    /**
     * Dynasor's answer: the probe's {@code answer} (the answer the probe produced, as the trace format defines it),
     * else its text up to the first unmatched {@code }}, stripped. A text without an unmatched {@code }} has no
     * answer: the empty string, as Dynasor's {@code obtain_answer} returns (hao-ai-lab/Dynasor {@code cot.py}), so a
     * probe cut off before it closed its braces never agrees with anything.
     */
    public static String untilUnmatchedBrace(Probe probe) {
        if (probe.answer() != null) {
            return probe.answer().strip();
        }
        String text = text(probe);
        int close = matchingClose(text, 0);
        return close < 0 ? "" : text.substring(0, close).strip();
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
