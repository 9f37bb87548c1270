package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every replayable policy in the registry decides the same on a trace and on the trace cut right after any token:
 * its decisions up to token t cannot depend on tokens after t.
 */
class NoLookAheadTest {
    private static final String[] WORDS = {"Let", " x", " =", " 2", ".", "\n", " Wait", ",", " so", " \\boxed{4}",
        " hmm", " the", " answer", " is", " 5", ".\n", "\n\n", " Alternatively", " \\boxed{5}", " check"};
    private static final List<String> EXTRA = List.of("budget:tokens=60", "entropy:minTokens=5,window=4,threshold=2",
            "rpdi:window=4,minTokens=4,threshold=1.05", "firstk:k=2", "firstk:segmenter=paragraph",
            "consistency:n=2", "scm:theta=0.6,k=3", "ts:scale=20");

    @Test
    void decisionsUpToEachTokenDoNotDependOnLaterTokens() {
        PolicyRegistry registry = PolicyCatalog.standard();
        List<StoppingPolicy> policies = new ArrayList<>();
        for (PolicyDescriptor d : registry.descriptors()) {
            if (d.replayable() && !d.group()) {
                policies.add(registry.create(d.name()));
            }
        }
        EXTRA.forEach(s -> policies.add(registry.create(s)));
        for (long seed = 1; seed <= 3; seed++) {
            Trace full = synthetic(seed, 160);
            for (StoppingPolicy p : policies) {
                if (!p.needs(full).isEmpty()) {
                    continue;
                }
                List<Decision> all = ReplayEngine.log(full, p).perToken();
                assertTrue(!all.isEmpty(), p.name());
                for (int t = 0; t < full.tokenCount(); t++) {
                    List<Decision> cut = ReplayEngine.log(cut(full, t + 1), p).perToken();
                    assertEquals(all.subList(0, Math.min(all.size(), t + 1)), cut,
                            p.name() + " " + p.params() + " seed " + seed + " cut after token " + t);
                }
            }
        }
    }

    /** Words with logprobs, top-3 rows, series harm/eot/lynx and probes of every kind every 16 tokens. */
    static Trace synthetic(long seed, int n) {
        Random rnd = new Random(seed);
        TraceBuilder b = new TraceBuilder("syn" + seed).question(new Question("q", "4", AnswerType.NUMERIC));
        b.group(new GroupRef("g", (int) seed));
        b.thinkRange(null, null);
        b.declareTopK(3);
        float[] harm = new float[n];
        float[] eot = new float[n];
        float[] lynx = new float[n];
        for (int i = 0; i < n; i++) {
            float lp = (float) -rnd.nextDouble() * (i > n / 2 ? 3 : 0.5f);
            b.addToken(WORDS[rnd.nextInt(WORDS.length)], lp);
            b.addAlternative("a", lp);
            b.addAlternative("b", lp - (float) rnd.nextDouble() * 2);
            b.addAlternative("c", lp - 2 - (float) rnd.nextDouble());
            harm[i] = rnd.nextFloat();
            eot[i] = rnd.nextFloat() * 0.1f;
            lynx[i] = rnd.nextFloat();
        }
        b.series("harm", harm).series("eot", eot).series("lynx", lynx);
        for (int at = 0; at <= n; at += 16) {
            for (String kind : Probe.KINDS) {
                String answer = rnd.nextBoolean() ? "4" : "5";
                b.probe(new Probe(kind, at, answer, rnd.nextDouble(), "\\boxed{" + answer + "}",
                        List.of(new ProbeToken(answer, (float) -rnd.nextDouble())), answer.equals("4"),
                        rnd.nextDouble()));
            }
        }
        return b.build();
    }

    /** The first {@code keep} tokens of {@code t} with everything known about them, and probes with at ≤ keep. */
    static Trace cut(Trace t, int keep) {
        TraceBuilder b = new TraceBuilder(t.id()).question(t.question()).group(t.group()).meta(t.meta());
        b.thinkRange(null, null);
        if (t.topK() != null) {
            b.declareTopK(t.topK().k());
        }
        for (int i = 0; i < keep; i++) {
            b.addToken(t.tokenText(i), t.logprob(i));
            if (!Float.isNaN(t.entropy(i))) {
                b.setEntropy(t.entropy(i));
            }
            if (t.topK() != null) {
                for (int j = 0; j < t.topK().count(i); j++) {
                    b.addAlternative(t.topK().text(i, j), t.topK().logprob(i, j));
                }
            }
        }
        for (String name : t.seriesNames()) {
            b.series(name, Arrays.copyOf(t.seriesCopy(name), keep));
        }
        for (Probe p : t.probes()) {
            if (p.at() <= keep) {
                b.probe(p);
            }
        }
        return b.build();
    }
}
