package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.policy.rules.ConfiguredPolicy;
import java.util.List;
import java.util.Locale;

/**
 * Dynasor-CoT (Fu et al., Certaindex; hao-ai-lab/Dynasor {@code cot.py}), replayed from {@code dynasor} probes
 * recorded every {@code interval} tokens. Each probe gives an answer (its {@code answer}, else its text up to the
 * first unmatched {@code }}, or none when the text has no unmatched {@code }}, as {@code obtain_answer} returns the
 * empty string) and is certain when none of {@code wait, hold, but, okay, no, hmm} occurs in its
 * lower-cased text — as a substring (the paper's rule, so {@code no} also matches {@code know}) or, with
 * {@code certainty=word}, as a whole word. The policy exits at the chunk boundary where the last {@code window}
 * answers are non-empty, equivalent and certain. Immutable and thread-safe; runs are not.
 */
public final class DynasorPolicy extends ConfiguredPolicy {
    public static final String NAME = "dynasor";
    public static final String KIND = "dynasor";
    /** Dynasor's uncertainty words. */
    public static final List<String> HESITATION = List.of("wait", "hold", "but", "okay", "no", "hmm");

    private final int interval;
    private final int window;
    private final boolean wordBoundary;
    private final OnMissing onMissing;

    public DynasorPolicy(PolicyParams params) {
        super(NAME, params);
        interval = params.integer("interval");
        window = params.integer("window");
        wordBoundary = params.text("certainty").equals("word");
        onMissing = OnMissing.valueOf(params.text("onMissing").toUpperCase(Locale.ROOT));
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Dynasor-CoT: exit at a chunk boundary when the last `window` probe answers"
                        + " are non-empty, equivalent and certain.",
                "Dynasor-CoT / Certaindex (Fu et al., arXiv 2412.20993), hao-ai-lab/Dynasor cot.py; answer probes are"
                        + " dynasor probes at multiples of interval",
                List.of("probes:" + KIND), List.of(
                        PolicyParam.integer("interval", 64, 1, Integer.MAX_VALUE, "tokens between probes (C)"),
                        PolicyParam.integer("window", 3, 1, Integer.MAX_VALUE,
                                "answers that must agree (W; 3 is the mid preset PUMA uses)"),
                        PolicyParam.choice("certainty", "substring", List.of("substring", "word"),
                                "hesitation words as substrings (the paper) or whole words"),
                        OnMissingParam.PARAM), DynasorPolicy::new);
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return ProbeRun.probeNeeds(this, inputs, KIND, onMissing);
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
