package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built traces and probes for the probe-policy tests. */
final class ProbeTraces {
    private ProbeTraces() {
    }

    static TraceBuilder builder(String gold, String... tokens) {
        TraceBuilder b = new TraceBuilder("t");
        b.question(new Question("q", gold, AnswerType.NUMERIC));
        for (String t : tokens) {
            b.addToken(t, -0.1f);
        }
        return b;
    }

    /** A probe whose out tokens have probabilities {@code probs} (exactly {@code ln p} as floats). */
    static Probe probe(String kind, int at, String answer, String text, String[] out, double... probs) {
        List<ProbeToken> tokens = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            tokens.add(new ProbeToken(out[i], (float) Math.log(probs[i])));
        }
        return new Probe(kind, at, answer, null, text, tokens, null, null);
    }

    /** A trial answer {@code {answer}} whose answer token has probability {@code p}. */
    static Probe trial(String kind, int at, String answer, double p) {
        return probe(kind, at, answer, "{" + answer + "}", new String[] {"{", answer, "}"}, 1.0, p, 1.0);
    }

    static ReplayResult replay(Trace trace, String spec) {
        return ReplayEngine.replay(trace, PolicyCatalog.standard().create(spec));
    }
}
