package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.PolicyInputs;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One {@link DynasorPolicy} run. A chunk boundary whose probe is missing counts as an empty answer, so it breaks
 * the run of agreeing answers. Not thread-safe.
 */
final class DynasorRun implements ProbeRun {
    private final PolicyInputs inputs;
    private final int interval;
    private final int window;
    private final boolean wordBoundary;
    /** The last {@code window} answers; an empty string for an empty, uncertain or missing one. */
    private final Deque<String> recent = new ArrayDeque<>();
    /** Equivalence with each answer analysed once: a window of W answers is compared W − 1 times per answer. */
    private final AnswerEquivalence.Memo answers;
    private int overhead;
    private boolean missed;

    DynasorRun(PolicyInputs inputs, int interval, int window, boolean wordBoundary) {
        this.inputs = inputs;
        this.answers = new AnswerEquivalence.Memo(inputs.answerType());
        this.interval = interval;
        this.window = window;
        this.wordBoundary = wordBoundary;
    }

    @Override
    public List<IncrementalSignal> signals() {
        return List.of();
    }

    @Override
    public Decision onToken(TraceSoFar soFar, List<SignalEvent> events) {
        int t = soFar.tokenCount();
        if (t % interval != 0) {
            return Decision.CONTINUE;
        }
        Probe probe = inputs.probe(soFar, DynasorPolicy.KIND, t);
        String answer = "";
        if (probe == null) {
            missed = true;
        } else {
            overhead += probe.costTokens();
            String a = ProbeReadings.untilUnmatchedBrace(probe);
            if (DynasorPolicy.certain(ProbeReadings.text(probe), wordBoundary)) {
                answer = a;
            }
        }
        recent.addLast(answer);
        if (recent.size() > window) {
            recent.removeFirst();
        }
        if (recent.size() == window && allAgree()) {
            return Decision.exit(t, ExitReason.CONSISTENT, ProbeReadings.withAnswer(probe, recent.peekLast()));
        }
        return Decision.CONTINUE;
    }

    private boolean allAgree() {
        String last = recent.peekLast();
        if (last == null || last.isEmpty()) {
            return false;
        }
        for (String a : recent) {
            if (a.isEmpty() || !answers.equivalent(a, last)) {
                return false;
            }
        }
        return true;
    }

    /** The next multiple of {@code interval}: probes are read only at chunk boundaries. */
    @Override
    public int nextCheckpoint(int seen) {
        return (seen / interval + 1) * interval;
    }

    @Override
    public int overheadTokens() {
        return overhead;
    }

    @Override
    public boolean missedProbe() {
        return missed;
    }
}
