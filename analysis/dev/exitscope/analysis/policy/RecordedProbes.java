package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.signals.TraceSoFar;
import dev.exitscope.analysis.trace.Probe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The probes recorded with a trace, indexed once per trace by kind and prefix length: each kind's probes sorted by
 * {@code at} (the first of several at one prefix wins), found by binary search. Every configuration replayed on the
 * trace shares one index. Immutable after construction; thread-safe.
 */
public final class RecordedProbes implements ProbeSource {
    private final Map<String, Probe[]> byKind = new HashMap<>();

    public RecordedProbes(List<Probe> probes) {
        Map<String, List<Probe>> lists = new HashMap<>();
        for (Probe p : probes) {
            lists.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Probe>> e : lists.entrySet()) {
            List<Probe> l = e.getValue();
            l.sort(Comparator.comparingInt(Probe::at));
            List<Probe> firsts = new ArrayList<>(l.size());
            for (Probe p : l) {
                if (firsts.isEmpty() || firsts.get(firsts.size() - 1).at() != p.at()) {
                    firsts.add(p);
                }
            }
            byKind.put(e.getKey(), firsts.toArray(new Probe[0]));
        }
    }

    @Override
    public @Nullable Probe probe(TraceSoFar soFar, String kind, int at) {
        if (at > soFar.tokenCount()) {
            throw new IllegalArgumentException("prefix " + at + " not seen yet (" + soFar.tokenCount() + " seen)");
        }
        return at(kind, at);
    }

    /** The probe of {@code kind} at exactly prefix {@code at}, for the answer at an exit already decided. */
    public @Nullable Probe at(String kind, int at) {
        Probe[] sorted = byKind.get(kind);
        if (sorted == null) {
            return null;
        }
        int i = firstAtLeast(sorted, at);
        return i < sorted.length && sorted[i].at() == at ? sorted[i] : null;
    }

    @Override
    public List<Probe> probesSeen(TraceSoFar soFar, String kind) {
        Probe[] sorted = byKind.get(kind);
        if (sorted == null) {
            return List.of();
        }
        int seen = firstAtLeast(sorted, soFar.tokenCount() + 1);
        return Collections.unmodifiableList(Arrays.asList(sorted).subList(0, seen));
    }

    @Override
    public boolean provides(String kind) {
        return byKind.containsKey(kind);
    }

    private static int firstAtLeast(Probe[] sorted, int at) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].at() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
