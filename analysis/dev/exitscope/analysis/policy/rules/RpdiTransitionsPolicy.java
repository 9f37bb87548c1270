package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyParams;
import dev.exitscope.analysis.policy.PolicyRun;
import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.signals.cues.CueDetector;
import dev.exitscope.analysis.signals.steps.TokenLookup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rpdi-transitions}: a reconstruction of the path deviation index of arXiv 2603.14251 as its abstract
 * describes it, "the frequent occurrence of high-entropy transition tokens" (the paper's formula is not public).
 * A transition token is the token holding the first char of a transition word ({@code words}, matched as
 * case-insensitive whole words, {@link CueRule#WORD}); it is high-entropy when its entropy is ≥
 * {@code entropyThreshold} nats (NaN never is). Several words starting in one token count once. The index at a
 * transition token s is the number of high-entropy transition tokens in {@code (s − window, s]}; at the first s where
 * it reaches {@code threshold} the run exits keeping {@code [0, s)}, so thinking ends instead of the transition that
 * signalled the deviation. Every default is a placeholder to sweep. Immutable; runs are not thread-safe.
 */
public final class RpdiTransitionsPolicy extends ConfiguredPolicy {
    public static final String NAME = "rpdi-transitions";
    public static final String DEFAULT_WORDS = "Wait,But,Alternatively,Hmm,However";

    private final List<String> words;
    private final int window;
    private final double entropyThreshold;
    private final int threshold;

    public RpdiTransitionsPolicy(PolicyParams p) {
        super(NAME, p);
        this.words = words(p.text("words"));
        this.window = p.integer("window");
        this.entropyThreshold = p.number("entropyThreshold");
        this.threshold = p.integer("threshold");
    }

    public static PolicyDescriptor descriptor() {
        return PolicyDescriptor.of(NAME, "Path deviation, reconstructed from the abstract: exit before the transition"
                        + " word that makes `threshold` high-entropy transitions within `window` tokens.",
                "RPDI (arXiv 2603.14251), reconstructed: only the abstract is public (the index as the frequency of"
                        + " high-entropy transition tokens); every default is a placeholder", List.of("entropy"),
                List.of(PolicyParam.text("words", DEFAULT_WORDS,
                                "transition words, comma-separated, matched as case-insensitive whole words"),
                        PolicyParam.number("entropyThreshold", 1.0, 0, 1000,
                                "entropy (nats) at or above which a transition token counts"),
                        PolicyParam.integer("window", 256, 1, Integer.MAX_VALUE,
                                "tokens over which high-entropy transitions are counted"),
                        PolicyParam.integer("threshold", 3, 1, Integer.MAX_VALUE,
                                "exit when this many high-entropy transitions fall within the window")),
                RpdiTransitionsPolicy::new);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split(",")) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(NAME + ": words must list at least one word");
        }
        return out;
    }

    @Override
    public List<String> needs(PolicyInputs inputs) {
        return entropyNeeds(inputs);
    }

    @Override
    public PolicyRun start(PolicyInputs inputs) {
        return new TransitionRun();
    }

    /** One run: the detector, the high-entropy transition tokens still in the window. */
    private final class TransitionRun implements PolicyRun {
        private final CueDetector cues = new CueDetector(CueRule.WORD, words);
        private final ArrayDeque<Integer> inWindow = new ArrayDeque<>();
        private int lastToken = -1;

        @Override
        public List<IncrementalSignal> signals() {
            return List.of(cues);
        }

        @Override
        public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
            return read(soFar, events);
        }

        @Override
        public Decision onEnd(TraceSoFar soFar, List<SignalEvent> events) {
            return read(soFar, events);
        }

        private Decision read(TraceSoFar soFar, List<SignalEvent> events) {
            for (int i = 0, n = events.size(); i < n; i++) {
                if (!(events.get(i) instanceof CueSeen c) || c.rule() != CueRule.WORD) {
                    continue;
                }
                int s = TokenLookup.at(soFar, c.startChar());
                if (s == lastToken || !(soFar.entropy(s) >= entropyThreshold)) {
                    continue;
                }
                lastToken = s;
                inWindow.addLast(s);
                while (inWindow.peekFirst() <= s - window) {
                    inWindow.removeFirst();
                }
                if (inWindow.size() >= threshold) {
                    return Decision.exit(s, ExitReason.THRESHOLD);
                }
            }
            return Decision.CONTINUE;
        }
    }
}
