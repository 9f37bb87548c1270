package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dynasor-CoT (Fu et al., Certaindex; hao-ai-lab/Dynasor {@code cot.py}), replayed from {@code dynasor} probes
 * recorded every {@code interval} tokens. Each probe gives an answer (its {@code answer}, else its text up to the
 * first unmatched {@code }}) and is certain when none of {@code wait, hold, but, okay, no, hmm} occurs in its
 * lower-cased text — as a substring (the paper's rule, so {@code no} also matches {@code know}) or, with
 * {@code certainty=word}, as a whole word. The policy exits at the chunk boundary where the last {@code window}
 * answers are non-empty, equivalent and certain. Immutable and thread-safe; runs are not.
 */
public final class DynasorPolicy implements StoppingPolicy {
    public static final String NAME = "dynasor";
    public static final String KIND = "dynasor";
    /** Dynasor's uncertainty words. */
    public static final List<String> HESITATION = List.of("wait", "hold", "but", "okay", "no", "hmm");

    private final Map<String, String> params;
    private final int interval;
    private final int window;
    private final boolean wordBoundary;
    private final OnMissing onMissing;

    /**
     * Parameters: {@code interval} (64), {@code window} (3, the "mid" preset PUMA uses), {@code certainty}
     * (substring | word), {@code onMissing} (skip | fail).
     */
    public DynasorPolicy(Map<String, String> given) {
        PolicyParams p = new PolicyParams(NAME, given);
        interval = p.integer("interval", 64, 1);
        window = p.integer("window", 3, 1);
        wordBoundary = p.choice("certainty", "substring", "substring", "word").equals("word");
        onMissing = OnMissing.valueOf(p.choice("onMissing", "skip", "skip", "fail").toUpperCase(Locale.ROOT));
        params = p.done();
    }

    public DynasorPolicy() {
        this(Map.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public List<String> needs(Trace trace) {
        if (!new PolicyInputs(trace).hasProbes(KIND)
                || onMissing == OnMissing.FAIL && ProbeRun.reachesMissingProbe(this, trace)) {
            return List.of("probes:" + KIND);
        }
        return List.of();
    }

    @Override
    public String answerProbeKind() {
        return KIND;
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new DynasorRun(inputs, interval, window, wordBoundary);
    }

    /** Whether a probe's text is certain: no hesitation word in it (substring or whole word). */
    public static boolean certain(String text, boolean wordBoundary) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : HESITATION) {
            int i = lower.indexOf(w);
            while (i >= 0) {
                if (!wordBoundary || isWordAt(lower, i, w.length())) {
                    return false;
                }
                i = lower.indexOf(w, i + 1);
            }
        }
        return true;
    }

    private static boolean isWordAt(String s, int at, int len) {
        boolean before = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
        boolean after = at + len == s.length() || !Character.isLetterOrDigit(s.charAt(at + len));
        return before && after;
    }
}
