package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The policy driver following a live stream: tokens pushed one at a time into a growing text that is not a recorded
 * trace, and trial answers computed by a probe source only when the policy asks for them. The same tokens replayed
 * with those trials recorded give the same decisions.
 */
class PolicyDriverLiveTest {
    private static final String[] TOKENS = {"x", " =", " 3", ".", " Wait", ",", " x", " =", " 7", ".", " Wait", ",",
        " yes", " 7", "."};

    /** A growing text: what a generating model has written so far. */
    private static final class LiveText implements TraceSoFar {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> starts = new ArrayList<>(List.of(0));

        void append(String token) {
            text.append(token);
            starts.add(text.length());
        }

        @Override
        public int tokenCount() {
            return starts.size() - 1;
        }

        @Override
        public CharSequence text() {
            return text;
        }

        @Override
        public int tokenStart(int i) {
            if (i > tokenCount()) {
                throw new IndexOutOfBoundsException(i);
            }
            return starts.get(i);
        }

        @Override
        public float logprob(int i) {
            return -0.1f;
        }

        @Override
        public double entropy(int i) {
            return Double.NaN;
        }
    }

    /**
     * Computes a DEER trial when asked: confident (all out tokens p = 0.99) with answer 7 once the prefix says
     * "= 7", otherwise an unsure 3 (p = 0.5). Keeps every trial it was asked for.
     */
    private static final class TrialOnDemand implements ProbeSource {
        final List<Probe> asked = new ArrayList<>();

        @Override
        public @Nullable Probe probe(TraceSoFar soFar, String kind, int at) {
            if (at > soFar.tokenCount()) {
                throw new IllegalArgumentException("prefix " + at + " not seen");
            }
            String prefix = soFar.text().subSequence(0, soFar.tokenStart(at)).toString();
            boolean sure = prefix.contains("= 7");
            double p = sure ? 0.99 : 0.5;
            String answer = sure ? "7" : "3";
            List<ProbeToken> out = List.of(new ProbeToken("{", (float) Math.log(p)),
                    new ProbeToken(answer, (float) Math.log(p)), new ProbeToken("}", (float) Math.log(p)));
            Probe trial = new Probe(kind, at, answer, null, "{" + answer + "}", out, null, null);
            asked.add(trial);
            return trial;
        }

        @Override
        public List<Probe> probesSeen(TraceSoFar soFar, String kind) {
            return List.copyOf(asked);
        }

        @Override
        public boolean provides(String kind) {
            return kind.equals("deer");
        }
    }

    private static final class LiveInputs implements PolicyInputs {
        private final ProbeSource probes;

        LiveInputs(ProbeSource probes) {
            this.probes = probes;
        }

        @Override
        public ProbeSource probes() {
            return probes;
        }

        @Override
        public float series(TraceSoFar soFar, String name, int i) {
            return Float.NaN;
        }

        @Override
        public boolean hasSeries(String name) {
            return false;
        }

        @Override
        public boolean hasLogprobs() {
            return true;
        }

        @Override
        public boolean hasEntropy() {
            return false;
        }

        @Override
        public AnswerType answerType() {
            return AnswerType.NUMERIC;
        }

        @Override
        public int thinkStart() {
            return 0;
        }

        @Override
        public @Nullable Trace recorded() {
            return null;
        }
    }

    @Test
    void deerFollowsALiveStreamAndAsksForTrialsOnlyAtItsCues() {
        StoppingPolicy deer = PolicyCatalog.standard().create("deer");
        TrialOnDemand source = new TrialOnDemand();
        LiveInputs inputs = new LiveInputs(source);
        assertTrue(deer.needs(inputs).isEmpty());
        PolicyDriver driver = PolicyDriver.start(deer, inputs);
        LiveText live = new LiveText();
        List<Decision> decisions = new ArrayList<>();
        for (String token : TOKENS) {
            live.append(token);
            Decision d = driver.onToken(live);
            decisions.add(d);
            if (d.exit()) {
                break;
            }
        }
        // the first Wait (token 4): trial on [0, 4) "x = 3." -> p 0.5, not confident; the second Wait (token 10):
        // trial on [0, 10) "… x = 7." -> mean p over the out tokens after the first = 0.99 > 0.95: exit keeping 10
        assertEquals(2, source.asked.size());
        assertEquals(4, source.asked.get(0).at());
        assertEquals(10, source.asked.get(1).at());
        Decision exit = driver.exit();
        assertNotNull(exit);
        assertEquals(10, exit.exitToken());
        assertEquals(ExitReason.CONFIDENT, exit.reason());
        assertEquals("7", exit.probe().answer());
        assertEquals(11, decisions.size());
        assertEquals(6, driver.overheadTokens());
        // after the exit the driver answers with the same exit and never calls the run again
        live.append(" more");
        assertEquals(exit, driver.onToken(live));
        assertNull(driver.atEnd());

        // the same tokens, recorded with the trials the live source computed, replay to the same decisions
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "7", AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (String token : TOKENS) {
            b.addToken(token, -0.1f);
        }
        source.asked.forEach(b::probe);
        ReplayLog log = ReplayEngine.log(b.build(), deer);
        assertEquals(decisions, log.perToken());
        assertEquals(10, log.result().exitToken());
        assertEquals(6, log.result().overheadTokens());
    }

    @Test
    void aDecisionKeepingMoreThanWasSeenIsRefused() {
        PolicyRun greedy = new PolicyRun() {
            @Override
            public List<dev.exitscope.analysis.signals.IncrementalSignal> signals() {
                return List.of();
            }

            @Override
            public Decision onToken(TraceSoFar soFar, List<dev.exitscope.analysis.signals.SignalEvent> events) {
                return Decision.exit(soFar.tokenCount() + 1, ExitReason.THRESHOLD);
            }
        };
        LiveText live = new LiveText();
        live.append("a");
        PolicyDriver driver = new PolicyDriver("greedy", greedy);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> driver.onToken(live));
        assertEquals("policy greedy kept 2 tokens after seeing only 1", e.getMessage());
    }
}
