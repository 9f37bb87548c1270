package dev.exitscope.analysis.policy.probes;

import static dev.exitscope.analysis.policy.probes.ProbeTraces.builder;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LynxPolicyTest {
    /** Events (case-insensitive hmm / wait / alternatively) end in tokens 2, 4 and 6. */
    private static final String[] TOKENS = {"<think>", "So", " Hmm", " x", " wait", " y", " Alternatively", " z",
        "</think>", " 5"};

    private static TraceBuilder withSeries(float p2, float p4, float p6) {
        float[] s = new float[TOKENS.length];
        java.util.Arrays.fill(s, Float.NaN);
        s[2] = p2;
        s[4] = p4;
        s[6] = p6;
        return builder("5", TOKENS).series("lynx", s);
    }

    private static ReplayResult replay(Trace t, double qPos, double qNeg) {
        return ReplayEngine.replay(t, LynxPolicy.withThresholds(qPos, qNeg));
    }

    @Test
    void exitsAtTheFirstEventWhosePredictionSetIsExactlyCorrect() {
        // qPos 0.125, qNeg 0.5. token 2: p 0.25, 1 - p = 0.75 > qPos, p <= qNeg: S = {0}.
        // token 4: p 0.875: 1 - p = 0.125 <= qPos and p > qNeg: S = {1}: exit keeping [0, 4)
        Trace t = withSeries(0.25f, 0.875f, 0.99f).probe(trial("forced", 4, "5", 0.9)).build();
        ReplayResult r = replay(t, 0.125, 0.5);
        assertEquals(4, r.exitToken());
        assertEquals(ExitReason.CONFIDENT, r.reason());
        assertEquals("probe", r.answerSource());
        assertEquals("5", r.answer());
        assertEquals(3, r.overheadTokens());
    }

    @Test
    void boundaryValuesFollowTheSetDefinition() {
        // p = 0.875 = 1 - qPos exactly: 1 is in the set; p = qNeg exactly: 0 is in the set too, so S = {0, 1}
        Trace t = withSeries(0.5f, 0.5f, 0.875f).build();
        ReplayResult r = replay(t, 0.125, 0.5);
        assertEquals(6, r.exitToken());
        assertEquals("none", r.answerSource());
        assertNull(replay(withSeries(0.875f, 0.875f, 0.875f).build(), 0.125, 0.875).exitToken());
    }

    @Test
    void aCueInTheFirstTokenExitsWithAnEmptyPrefix() {
        float[] s = {0.99f, Float.NaN};
        Trace t = builder("5", "Hmm", " 5").series("lynx", s).probe(trial("forced", 0, "5", 1)).build();
        assertEquals(0, replay(t, 0.125, 0.5).exitToken());
    }

    @Test
    void lynxProbesCarryingPStandInForTheSeries() {
        Probe low = new Probe("lynx", 2, null, null, null, List.of(), null, 0.25);
        Probe high = new Probe("lynx", 6, "5", null, null, List.of(), null, 0.95);
        Trace t = builder("5", TOKENS).probe(low).probe(high).build();
        ReplayResult r = replay(t, 0.125, 0.5);
        assertEquals(6, r.exitToken());
        assertEquals("5", r.answer());
    }

    @Test
    void noCueNeverFires() {
        float[] s = {0.99f, 0.99f};
        ReplayResult r = replay(builder("5", "So", " 5").series("lynx", s).build(), 0.125, 0.5);
        assertEquals(ExitReason.NONE, r.reason());
        assertNull(r.exitToken());
    }

    @Test
    void missingCalibrationAndMissingProbabilitiesAreNeeds() {
        Trace t = withSeries(0.9f, 0.9f, 0.9f).build();
        ReplayResult r = ReplayEngine.replay(t, PolicyCatalog.standard().create("lynx"));
        assertFalse(r.replayable());
        assertEquals(List.of("calibration"), r.needs());
        ReplayResult bare = ReplayEngine.replay(builder("5", TOKENS).build(), PolicyCatalog.standard().create("lynx"));
        assertEquals(List.of("series:lynx", "calibration"), bare.needs());
    }

    @Test
    void readsThresholdsFromACalibrationFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("calib.json");
        new LynxCalibration(0.1, 0.125, 0.5, 10, 12, "x").write(f);
        Trace t = withSeries(0.25f, 0.875f, 0.99f).build();
        ReplayResult r = ReplayEngine.replay(t, PolicyCatalog.standard().create("lynx:calibration=" + f));
        assertEquals(4, r.exitToken());
        assertThrows(IllegalArgumentException.class,
                () -> PolicyCatalog.standard().create("lynx:calibration=" + dir.resolve("none.json")));
    }

    @Test
    void readsLynxsOwnCalibrationFileWithAnInfiniteThreshold(@TempDir Path dir) throws Exception {
        // calibrate_conformal.py's shape; q_neg = Infinity (json.dumps of inf) when no wrong event was seen
        Path own = dir.resolve("conformal_calib.json");
        java.nio.file.Files.writeString(own, "{\n  \"delta\": 0.1,\n  \"q_pos\": 0.125,\n  \"q_neg\": 0.5,\n"
                + "  \"n_calib\": 22,\n  \"n_pos\": 10,\n  \"n_neg\": 12\n}");
        LynxCalibration c = LynxCalibration.read(own);
        assertEquals(new LynxCalibration(0.1, 0.125, 0.5, 10, 12, LynxRank.AUTHORS,
                "LYNX calibrate_conformal.py: conformal_calib.json"), c);
        // the same thresholds as readsThresholdsFromACalibrationFile: the event at token 4 (p 0.875) exits
        Trace t = withSeries(0.25f, 0.875f, 0.99f).build();
        assertEquals(4, ReplayEngine.replay(t, PolicyCatalog.standard().create("lynx:calibration=" + own))
                .exitToken());
        Path inf = dir.resolve("inf.json");
        java.nio.file.Files.writeString(inf, "{\"delta\": 0.1, \"q_pos\": 0.125, \"q_neg\": Infinity,"
                + " \"n_pos\": 10, \"n_neg\": 0}");
        // q_neg = +inf: p <= q_neg always, so 0 is in every set and LYNX never exits
        assertNull(ReplayEngine.replay(t, PolicyCatalog.standard().create("lynx:calibration=" + inf)).exitToken());
        Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"q_pos\": 0.1, \"q_neg\": \"x\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LynxCalibration.read(broken));
        assertEquals(broken + ": expected \"q_neg\" to be a number", e.getMessage());
    }

    @Test
    void aCueAfterTheClosingTagInTheSameTokenIsNoEvent() {
        // token 2 is ".</think> wait": it starts inside the thinking (char 9, before the tag at char 10) but the
        // cue starts at char 19, after the tag; the event is in the answer and cannot exit although p = 0.99 would
        float[] s = {Float.NaN, Float.NaN, 0.99f, Float.NaN};
        Trace t = builder("5", "<think>", "So", ".</think> wait", " 5").series("lynx", s).build();
        assertNull(replay(t, 0.125, 0.5).exitToken());
        Trace inside = builder("5", "<think>", "So", " wait", "</think> 5").series("lynx", s).build();
        assertEquals(2, replay(inside, 0.125, 0.5).exitToken());
    }
}
