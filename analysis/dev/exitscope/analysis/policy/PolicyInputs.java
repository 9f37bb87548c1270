package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a policy run may read besides the tokens: probes through a {@link ProbeSource} and series, each only for
 * prefixes it has already seen, the answer type (for answer equivalence) and where the reasoning starts; and what
 * the inputs can provide at all, which is what {@link StoppingPolicy#needs} asks. Gold answers and anything past
 * the tokens seen are out of reach, which keeps replay free of look-ahead. Over a recorded trace the inputs are
 * {@link #of(Trace)}; a live run supplies its own. Implementations are immutable or say otherwise.
 */
public interface PolicyInputs {
    /** The inputs of a recorded trace: its probes, series, answer type and thinking block. */
    static PolicyInputs of(Trace trace) {
        return new RecordedInputs(trace);
    }

    /** Where probes come from. */
    ProbeSource probes();

    /** The probe of {@code kind} on exactly the prefix {@code [0, at)}, if there is one and {@code at} is seen. */
    default @Nullable Probe probe(TraceSoFar soFar, String kind, int at) {
        return probes().probe(soFar, kind, at);
    }

    /** Probes of {@code kind} whose prefix is within the tokens seen, in prefix order. */
    default List<Probe> probesSeen(TraceSoFar soFar, String kind) {
        return probes().probesSeen(soFar, kind);
    }

    /** Whether probes of {@code kind} can be had. */
    default boolean hasProbes(String kind) {
        return probes().provides(kind);
    }

    /** Series {@code name} at token {@code i}, which must have been seen; NaN where the series has no value. */
    float series(TraceSoFar soFar, String name, int i);

    /** Whether series {@code name} exists. */
    boolean hasSeries(String name);

    /** Whether tokens carry sampled-token logprobs. */
    boolean hasLogprobs();

    /** Whether tokens carry an entropy: exact, or estimated from top-k alternatives. */
    boolean hasEntropy();

    /** The question's answer type, for answer equivalence; null when unknown. */
    @Nullable AnswerType answerType();

    /** The first token of the reasoning: the thinking block's opening tag, 0 when the trace marks no block. */
    int thinkStart();

    /** The recorded trace behind these inputs, for checks that walk it ahead of a replay; null in a live run. */
    @Nullable Trace recorded();
}
