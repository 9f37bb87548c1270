package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.StoppingPolicy;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SweepTest {
    private static final PolicyRegistry REGISTRY = PolicyCatalog.standard();

    @Test
    void linearGridIncludesBothEnds() {
        SweepSpec s = SweepSpec.parse("budget:tokens=100:1000:4", REGISTRY);
        assertEquals(List.of("100", "400", "700", "1000"), s.values());
        assertEquals("tokens", s.param());
        assertEquals("budget:tokens=400", s.specs().get(1).toString());
    }

    @Test
    void decimalGridHasNoBinaryRoundingNoise() {
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5"),
                SweepSpec.parse("entropy:threshold=0.1:0.5:5", REGISTRY).values());
    }

    @Test
    void integerParametersRoundHalfUpAndFixedParametersAreKept() {
        SweepSpec s = SweepSpec.parse("entropy:minTokens=0:10:4,window=16", REGISTRY);
        assertEquals(List.of("0", "3", "7", "10"), s.values());
        assertEquals("entropy:window=16,minTokens=7", s.specs().get(2).toString());
    }

    @Test
    void badSweepsAreRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> SweepSpec.parse("budget:tokens=1:2:1", REGISTRY));
        assertThrows(IllegalArgumentException.class, () -> SweepSpec.parse("budget:tokens=100", REGISTRY));
        assertThrows(IllegalArgumentException.class, () -> SweepSpec.parse("budget:tokens=a:2:3", REGISTRY));
        assertThrows(IllegalArgumentException.class, () -> SweepSpec.parse("budget:nope=1:2:3", REGISTRY));
        assertThrows(IllegalArgumentException.class,
                () -> SweepSpec.parse("entropy:threshold=0:1:3,window=1:9:3", REGISTRY));
    }

    @Test
    void budgetSweepInOnePassEqualsOneReplayPerPointOnQwenTraces() throws Exception {
        List<Trace> traces = new ArrayList<>();
        Importers.standard().read(InputSource.of(Path.of("sample-traces/qwen25-math/math_cot_100.traces.jsonl")),
                ImportOptions.DEFAULT, traces::add);
        assertSameAsReplays("budget:tokens=0:2100:22", traces);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void entropySweepInOnePassEqualsOneReplayPerPoint(long seed) {
        List<Trace> traces = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            traces.add(trace("s" + seed + "-" + i, 300 + rnd.nextInt(500), rnd));
        }
        assertSameAsReplays("entropy:threshold=0:3:31,minTokens=16,window=8", traces);
        assertSameAsReplays("entropy:threshold=0.2:1.4:13", traces);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void scmSweepInOnePassEqualsOneReplayPerK(long seed) {
        List<Trace> traces = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 8; i++) {
            traces.add(harmTrace("h" + seed + "-" + i, 20 + rnd.nextInt(200), rnd));
        }
        assertSameAsReplays("scm:k=1:50:50", traces);
        assertSameAsReplays("scm:k=1:50:50,theta=0.8", traces);
        assertSameAsReplays("scm:k=3:9:4,theta=0.2", traces);
    }

    @Test
    void scmSweepExitsAtTheKthCountedToken() {
        // harm >= 0.5 at t = 1, 4, 5 (NaN at 2 never counts): k = 1 -> [0, 2), k = 2 -> [0, 5), k = 3 -> [0, 6),
        // k = 4 never fires
        TraceBuilder b = new TraceBuilder("h").question(new Question("q", "7", null));
        for (int i = 0; i < 7; i++) {
            b.addToken(" w", -0.1f);
        }
        Trace t = b.series("harm", new float[] {0.1f, 0.5f, Float.NaN, 0.49f, 0.9f, 0.6f, 0.2f}).build();
        SweepSpec s = SweepSpec.parse("scm:k=1:4:4", REGISTRY);
        List<StoppingPolicy> grid = new ArrayList<>();
        s.specs().forEach(p -> grid.add(REGISTRY.create(p)));
        SweepExit[] exits = new ScmSweep().exits(t, grid);
        assertEquals(2, exits[0].exitToken());
        assertEquals(5, exits[1].exitToken());
        assertEquals(6, exits[2].exitToken());
        assertEquals(null, exits[3]);
    }

    @Test
    void entropySweepGivesUnreplayableRowsWithoutEntropy() throws Exception {
        List<Trace> traces = new ArrayList<>();
        Importers.standard().read(InputSource.of(Path.of("sample-traces/qwen25-math/math_cot_100.traces.jsonl")),
                ImportOptions.DEFAULT, traces::add);
        assertSameAsReplays("entropy:threshold=0:1:3", traces.subList(0, 4));
    }

    private static void assertSameAsReplays(String sweep, List<Trace> traces) {
        SweepSpec s = SweepSpec.parse(sweep, REGISTRY);
        List<StoppingPolicy> grid = new ArrayList<>();
        for (PolicySpec p : s.specs()) {
            grid.add(REGISTRY.create(p));
        }
        SweepReplay onePass = new SweepReplay(grid, s.base().name(), s.param());
        assertTrue(onePass.onePass());
        for (Trace t : traces) {
            List<ReplayResult> fast = onePass.replay(t);
            for (int i = 0; i < grid.size(); i++) {
                assertEquals(ReplayEngine.replay(t, grid.get(i)), fast.get(i), t.id() + " " + s.specs().get(i));
            }
        }
    }

    /** A harm series in [0, 1) with every third value on average NaN (a word's later sub-tokens), forced probes. */
    private static Trace harmTrace(String id, int n, SplittableRandom rnd) {
        TraceBuilder b = new TraceBuilder(id).question(new Question("q", "7", null));
        float[] harm = new float[n];
        for (int i = 0; i < n; i++) {
            b.addToken(rnd.nextInt(3) == 0 ? "er" : " w", -0.1f);
            harm[i] = rnd.nextInt(3) == 0 ? Float.NaN : (float) rnd.nextDouble();
        }
        for (int at = 0; at < n; at += 17) {
            b.probe(new Probe("forced", at, at % 2 == 0 ? "7" : "9", null, null, List.of(), null, null));
        }
        return b.series("harm", harm).build();
    }

    /** Words, punctuation, paragraph breaks, boxed candidates, exact entropies in drifting regimes, forced probes. */
    private static Trace trace(String id, int n, SplittableRandom rnd) {
        TraceBuilder b = new TraceBuilder(id).question(new Question("q", "7", null));
        String[] words = {" a", " b", ",", ".", "\n\n", " so", " \\boxed{7}", " \\boxed{9}", " x"};
        double level = rnd.nextDouble() * 2;
        for (int i = 0; i < n; i++) {
            b.addToken(words[rnd.nextInt(words.length)], -0.1f);
            if (rnd.nextInt(50) == 0) {
                level = rnd.nextDouble() * 2;
            }
            b.setEntropy(rnd.nextInt(40) == 0 ? Float.NaN : (float) (level * rnd.nextDouble()));
        }
        for (int at = 0; at < n; at += 37) {
            b.probe(new Probe("forced", at, at % 2 == 0 ? "7" : "9", null, null, List.of(), null, null));
        }
        return b.build();
    }
}
