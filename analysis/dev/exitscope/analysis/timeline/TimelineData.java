package dev.exitscope.analysis.timeline;

import dev.exitscope.analysis.signals.BoundaryValue;
import dev.exitscope.analysis.signals.CandidateSeen;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.signals.entropy.EntropyColumns;
import dev.exitscope.analysis.signals.redundancy.RedundancyResult;
import dev.exitscope.analysis.signals.steps.Step;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the timeline draws for one trace, precomputed off the FX thread: numeric lanes with their
 * level-of-detail pyramids, and the trace structure (steps with types, cues, candidates with correctness, the end
 * of the thinking block). Immutable and thread-safe: built on a worker, handed to the view.
 *
 * @param stepTypes       wire names of the step types, parallel to {@code stepStarts}
 * @param candidateState  per candidate: 1 correct, 0 wrong, -1 unknown
 * @param firstCorrect    index into the candidates of the first correct one, -1 when none
 */
public record TimelineData(Trace trace, List<Lane> lanes, int[] stepStarts, int[] stepEnds, String[] stepTypes,
                           int[] cueTokens, int[] candidateTokens, String[] candidateAnswers, int[] candidateState,
                           int firstCorrect, @Nullable Integer thinkEnd) {

    /** Lane ids in their default order. */
    public static final List<String> DEFAULT_LANES = List.of("entropy", "surprisal", "rpdi", "redundancy",
            "probes", "harm");

    public static TimelineData of(TraceSignals s) {
        return of(s, null);
    }

    /**
     * As {@link #of(TraceSignals)}; when {@code redundancyPending} is not null and the signals have no redundancy,
     * the redundancy lane says that text (that it is still being computed) instead of why it is missing.
     */
    public static TimelineData of(TraceSignals s, @Nullable String redundancyPending) {
        Trace t = s.trace();
        EntropyColumns e = s.entropy();
        int n = t.tokenCount();
        float[] h = new float[n];
        float[] sup = new float[n];
        float[] lo = new float[n];
        float[] hi = new float[n];
        BitSet approx = new BitSet(n);
        float hMax = 0;
        float sMax = 0;
        for (int i = 0; i < n; i++) {
            h[i] = e.entropy(i);
            lo[i] = e.lower(i);
            hi[i] = e.upper(i);
            sup[i] = Math.min(e.surprisal(i), 20f);
            if (e.approximate(i)) {
                approx.set(i);
            }
            if (!Float.isNaN(hi[i])) {
                hMax = Math.max(hMax, hi[i]);
            }
            if (!Float.isNaN(sup[i])) {
                sMax = Math.max(sMax, sup[i]);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        boolean bounded = !approx.isEmpty();
        lanes.add(new Lane("entropy", "Entropy (nats)", LodPyramid.of(h), null, null, null, null, null,
                bounded ? approx : null, 0, Math.max(1, hMax), "No entropy: the trace has no logprobs",
                bounded ? BoundsPyramid.of(lo, hi) : null));
        lanes.add(new Lane("surprisal", "Surprisal (nats)", LodPyramid.of(sup), null, null, null, null, null, null,
                0, Math.max(1, sMax), "No surprisal: the trace has no logprobs"));
        lanes.add(rpdiLane(s.rpdi()));
        lanes.add(redundancyLane(s, redundancyPending));
        lanes.add(probeLane(t));
        lanes.add(seriesLane(t, "harm", "Harm score"));
        for (String name : t.seriesNames()) {
            if (!name.equals("harm")) {
                lanes.add(seriesLane(t, name, "Series " + name));
            }
        }
        Structure k = Structure.of(s);
        return new TimelineData(t, List.copyOf(lanes), k.stepStarts(), k.stepEnds(), k.stepTypes(), k.cueTokens(),
                k.candidateTokens(), k.candidateAnswers(), k.candidateState(), k.firstCorrect(), t.thinkEnd());
    }

    /** The lane called {@code id}, or null. */
    public @Nullable Lane lane(String id) {
        for (Lane l : lanes) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }

    private static Lane rpdiLane(List<BoundaryValue> rpdi) {
        int[] tok = new int[rpdi.size()];
        float[] val = new float[rpdi.size()];
        float max = 2;
        for (int k = 0; k < tok.length; k++) {
            tok[k] = rpdi.get(k).token();
            val[k] = (float) rpdi.get(k).value();
            max = Math.max(max, val[k]);
        }
        return new Lane("rpdi", "Path deviation", null, tok, val, null, null, null, null, 0, max,
                "No path deviation: needs entropy");
    }

    private static Lane redundancyLane(TraceSignals s, @Nullable String pending) {
        List<Step> steps = s.steps();
        RedundancyResult r = s.redundancy();
        int[] bs = new int[steps.size()];
        int[] be = new int[steps.size()];
        float[] bv = new float[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            bs[k] = steps.get(k).start();
            be[k] = steps.get(k).end();
            bv[k] = r == null || k >= r.size() ? Float.NaN : (float) r.similarity(k);
        }
        return new Lane("redundancy", "Redundancy", null, null, null, bs, be, bv, null, 0, 1,
                r == null ? pending != null ? pending : "No redundancy: no embedder"
                        : "No redundancy: fewer than two steps");
    }

    private static Lane probeLane(Trace t) {
        List<Probe> ps = new ArrayList<>();
        for (Probe p : t.probes()) {
            if (p.confidence() != null || p.p() != null) {
                ps.add(p);
            }
        }
        int[] tok = new int[ps.size()];
        float[] val = new float[ps.size()];
        for (int k = 0; k < tok.length; k++) {
            Probe p = ps.get(k);
            tok[k] = Math.max(0, p.at() - 1);
            Double c = p.confidence() != null ? p.confidence() : p.p();
            val[k] = c == null ? Float.NaN : c.floatValue();
        }
        return new Lane("probes", "Probe confidence", null, tok, val, null, null, null, null, 0, 1,
                "No probes with a confidence in this trace");
    }

    private static Lane seriesLane(Trace t, String name, String title) {
        float[] v = t.seriesCopy(name);
        if (v == null) {
            v = new float[t.tokenCount()];
            java.util.Arrays.fill(v, Float.NaN);
        }
        float max = 1;
        for (float f : v) {
            if (!Float.isNaN(f)) {
                max = Math.max(max, f);
            }
        }
        String id = name.equals("harm") ? "harm" : "series:" + name;
        return new Lane(id, title, LodPyramid.of(v), null, null, null, null, null, null, 0, max,
                "No " + (name.equals("harm") ? "harm scores" : "series " + name) + " in this trace");
    }

    /**
     * The trace's structure as the timeline and the token text show it, without the lanes: steps (start, end, wire
     * name of the type), reflection cues, candidate answers with correctness (1 correct, 0 wrong, -1 unknown) and
     * the index of the first correct one (-1 when none). Cheap next to the lanes, so a second thread can build the
     * token text from it while the lanes are computed.
     */
    public record Structure(int[] stepStarts, int[] stepEnds, String[] stepTypes, int[] cueTokens,
                            int[] candidateTokens, String[] candidateAnswers, int[] candidateState,
                            int firstCorrect) {

        public static Structure of(TraceSignals s) {
            List<Step> steps = s.steps();
            int[] ss = new int[steps.size()];
            int[] se = new int[steps.size()];
            String[] st = new String[steps.size()];
            for (int k = 0; k < steps.size(); k++) {
                ss[k] = steps.get(k).start();
                se[k] = steps.get(k).end();
                st[k] = steps.get(k).type().wireName();
            }
            List<CueSeen> cues = s.text().cues(s.options().cueRule());
            int[] ct = new int[cues.size()];
            for (int k = 0; k < ct.length; k++) {
                ct[k] = cues.get(k).token();
            }
            List<CandidateSeen> cands = s.text().trajectory().candidates();
            List<@Nullable Boolean> correct = s.text().trajectory().correct();
            int[] kt = new int[cands.size()];
            String[] ka = new String[cands.size()];
            int[] ks = new int[cands.size()];
            int first = -1;
            for (int k = 0; k < kt.length; k++) {
                kt[k] = cands.get(k).token();
                ka[k] = cands.get(k).answer();
                Boolean c = correct.get(k);
                ks[k] = c == null ? -1 : c ? 1 : 0;
                if (first < 0 && ks[k] == 1) {
                    first = k;
                }
            }
            return new Structure(ss, se, st, ct, kt, ka, ks, first);
        }
    }
}
