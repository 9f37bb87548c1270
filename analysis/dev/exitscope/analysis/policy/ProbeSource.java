package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a policy run gets the extra model calls it asks for at its checkpoints: trial answers, answer probes,
 * forced exits. In replay they were recorded with the trace ({@link RecordedProbes}); in a live run a source
 * computes one when asked, on the prefix seen so far. A source never answers for a prefix longer than the tokens
 * seen, which keeps policies free of look-ahead. Implementations say whether they are thread-safe.
 */
public interface ProbeSource {
    /**
     * The probe of {@code kind} on exactly the prefix {@code [0, at)}; null when there is none (a recorded trace
     * without it). A live source may compute it on this call.
     *
     * @throws IllegalArgumentException when {@code at} exceeds the tokens seen
     */
    @Nullable Probe probe(TraceSoFar soFar, String kind, int at);

    /** The probes of {@code kind} obtained so far whose prefix is within the tokens seen, in prefix order. */
    List<Probe> probesSeen(TraceSoFar soFar, String kind);

    /** Whether this source can provide probes of {@code kind} at all (used to report what a policy needs). */
    boolean provides(String kind);
}
