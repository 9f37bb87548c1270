package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.candidates.CandidateDetector;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.entropy.EntropySignal;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Work shared by every configuration replayed on one trace: the policy inputs (with their probe index), the
 * reasoning's bounds, the entropy columns, the candidate answers with the moment each became known, and the
 * correctness of each distinct answer at an exit. All are computed on first use. Not thread-safe: one thread
 * replays one trace.
 */
public final class ReplayTrace {
    private final Trace trace;
    private final RecordedInputs inputs;
    private @Nullable EntropyColumns entropy;
    private @Nullable List<Known> candidates;
    private final java.util.Map<@Nullable String, Checked> checked = new java.util.HashMap<>();

    /** Correctness against the gold answer and change against the final answer of one answer at an exit. */
    record Checked(@Nullable Boolean correct, boolean changed) {
    }

    /** A candidate and the number of tokens consumed when the detector reported it (tokenCount + 1: at the end). */
    record Known(CandidateSeen candidate, int knownAt) {
    }

    public ReplayTrace(Trace trace) {
        this.trace = trace;
        this.inputs = new RecordedInputs(trace);
    }

    /**
     * Where the reasoning ends: {@code thinkEnd}, or the token count when the trace marks no thinking block. Replay
     * offers the tokens before it; an exit counts only when it keeps fewer tokens than this.
     */
    public static int reasoningEnd(Trace trace) {
        Integer end = trace.thinkEnd();
        return end == null ? trace.tokenCount() : end;
    }

    /** {@link #reasoningEnd(Trace)} of this trace. */
    public int reasoningEnd() {
        return reasoningEnd(trace);
    }

    public Trace trace() {
        return trace;
    }

    /** The trace's policy inputs, shared by every configuration replayed on it. */
    public PolicyInputs inputs() {
        return inputs;
    }

    RecordedProbes probes() {
        return inputs.probes();
    }

    EntropyColumns entropy() {
        EntropyColumns e = entropy;
        if (e == null) {
            e = EntropySignal.compute(trace);
            entropy = e;
        }
        return e;
    }

    /**
     * The last candidate (largest token, then latest reported) whose token is before {@code exitToken} among those
     * the detector had reported after {@code knownBy} tokens; null when there is none.
     */
    @Nullable CandidateSeen lastCandidate(int exitToken, int knownBy) {
        return lastCandidate(candidates(), exitToken, knownBy);
    }

    static @Nullable CandidateSeen lastCandidate(List<Known> known, int exitToken, int knownBy) {
        CandidateSeen best = null;
        for (Known k : known) {
            CandidateSeen c = k.candidate();
            if (k.knownAt() <= knownBy && c.token() < exitToken && (best == null || c.token() >= best.token())) {
                best = c;
            }
        }
        return best;
    }

    /** The answer checker's verdicts on {@code answer}, computed once per distinct answer (checks are costly). */
    Checked check(@Nullable String answer) {
        Checked c = checked.get(answer);
        if (c == null) {
            dev.exitscope.analysis.answer.AnswerType type = trace.question().answerType();
            c = new Checked(ReplayAnswers.correctness(answer, trace.question().gold(), type),
                    ReplayAnswers.changed(answer, trace.finalAnswer().answer(), type));
            checked.put(answer, c);
        }
        return c;
    }

    private List<Known> candidates() {
        List<Known> c = candidates;
        if (c == null) {
            c = detect();
            candidates = c;
        }
        return c;
    }

    /**
     * The paragraph-step candidate detector over the reasoning, driven like a policy that never exits, so each
     * candidate carries the moment it became known.
     */
    private List<Known> detect() {
        List<IncrementalSignal> detector = List.of(new CandidateDetector());
        PolicyRun watch = new PolicyRun() {
            @Override
            public List<IncrementalSignal> signals() {
                return detector;
            }

            @Override
            public Decision onToken(dev.exitscope.analysis.signals.TraceSoFar soFar, List<SignalEvent> events) {
                return Decision.CONTINUE;
            }
        };
        PolicyDriver driver = new PolicyDriver("candidates", watch);
        driver.follow(new TracePrefix(trace, this::entropy), reasoningEnd(), (d, decision) -> true);
        return driver.candidates();
    }
}
