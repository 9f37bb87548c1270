package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Trace;
import org.jspecify.annotations.Nullable;

/** {@link PolicyInputs} over a recorded trace; its probe index is built once. Immutable; thread-safe. */
final class RecordedInputs implements PolicyInputs {
    private final Trace trace;
    private final RecordedProbes probes;

    RecordedInputs(Trace trace) {
        this.trace = trace;
        this.probes = new RecordedProbes(trace.probes());
    }

    @Override
    public RecordedProbes probes() {
        return probes;
    }

    @Override
    public float series(TraceSoFar soFar, String name, int i) {
        if (i >= soFar.tokenCount()) {
            throw new IllegalArgumentException("token " + i + " not seen yet (" + soFar.tokenCount() + " seen)");
        }
        return trace.series(name, i);
    }

    @Override
    public boolean hasSeries(String name) {
        return trace.seriesNames().contains(name);
    }

    @Override
    public boolean hasLogprobs() {
        return trace.hasLogprobs();
    }

    @Override
    public boolean hasEntropy() {
        return trace.hasExactEntropy() || trace.topK() != null;
    }

    @Override
    public @Nullable AnswerType answerType() {
        return trace.question().answerType();
    }

    @Override
    public int thinkStart() {
        Integer s = trace.thinkStart();
        return s == null ? 0 : s;
    }

    @Override
    public Trace recorded() {
        return trace;
    }
}
