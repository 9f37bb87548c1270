package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a policy run may read besides the tokens: probes and series, each only for prefixes it has already seen,
 * the answer type (for answer equivalence) and the vocabulary size. Gold answers and anything past the tokens seen
 * are out of reach, which keeps replay free of look-ahead. Immutable; one per trace.
 */
public final class PolicyInputs {
    private final Trace trace;
    private final Map<String, Map<Integer, Probe>> probes = new HashMap<>();

    public PolicyInputs(Trace trace) {
        this.trace = trace;
        for (Probe p : trace.probes()) {
            probes.computeIfAbsent(p.kind(), k -> new HashMap<>()).putIfAbsent(p.at(), p);
        }
    }

    /** The probe of {@code kind} on exactly the prefix {@code [0, at)}, if one was recorded and {@code at} is seen. */
    public @Nullable Probe probe(TraceSoFar soFar, String kind, int at) {
        if (at > soFar.tokenCount()) {
            throw new IllegalArgumentException("prefix " + at + " not seen yet (" + soFar.tokenCount() + " seen)");
        }
        Map<Integer, Probe> byAt = probes.get(kind);
        return byAt == null ? null : byAt.get(at);
    }

    /** The probe of {@code kind} at exactly prefix {@code at}, for answering at an exit already decided. */
    @Nullable Probe probeAt(String kind, int at) {
        Map<Integer, Probe> byAt = probes.get(kind);
        return byAt == null ? null : byAt.get(at);
    }

    /** Probes of {@code kind} whose prefix is within the tokens seen, in prefix order. */
    public List<Probe> probesSeen(TraceSoFar soFar, String kind) {
        List<Probe> out = new ArrayList<>();
        Map<Integer, Probe> byAt = probes.get(kind);
        if (byAt != null) {
            for (Map.Entry<Integer, Probe> e : byAt.entrySet()) {
                if (e.getKey() <= soFar.tokenCount()) {
                    out.add(e.getValue());
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return out;
    }

    /** Whether any probe of {@code kind} exists (a static property of the input, used to report needs). */
    public boolean hasProbes(String kind) {
        return probes.containsKey(kind);
    }

    /** Series {@code name} at token {@code i}, which must have been seen; NaN where the series has no value. */
    public float series(TraceSoFar soFar, String name, int i) {
        if (i >= soFar.tokenCount()) {
            throw new IllegalArgumentException("token " + i + " not seen yet (" + soFar.tokenCount() + " seen)");
        }
        return trace.series(name, i);
    }

    public boolean hasSeries(String name) {
        return trace.seriesNames().contains(name);
    }

    public @Nullable AnswerType answerType() {
        return trace.question().answerType();
    }
}
