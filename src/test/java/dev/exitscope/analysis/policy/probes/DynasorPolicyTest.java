package dev.exitscope.analysis.policy.probes;

import static dev.exitscope.analysis.policy.probes.ProbeTraces.builder;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.probe;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynasorPolicyTest {
    /**
     * Thirteen tokens: with interval 4 the chunk boundaries are 4, 8 and 12, and an exit at 12 keeps less than the
     * whole trace (the reasoning, as the trace marks no thinking block), so it counts.
     */
    private static TraceBuilder twelve() {
        return builder("3", "a", " b", " c", " d", " e", " f", " g", " h", " i", " j", " k", " l", " m");
    }

    /** A Dynasor probe: the completion after {@code \boxed{} in two out tokens. */
    private static Probe dyn(int at, String text) {
        return probe("dynasor", at, null, text, new String[] {text.substring(0, 1), text.substring(1)}, 0.9, 0.9);
    }

    @Test
    void exitsAtTheBoundaryWhereTheLastWindowAnswersAgree() {
        // 4: "2" ; 8: "3" ; 12: "3" -> window 2 agrees first at 12; 3 probes of 2 tokens consumed
        Trace t = twelve().probe(dyn(4, "2} done")).probe(dyn(8, "3} done")).probe(dyn(12, "3} done")).build();
        ReplayResult r = replay(t, "dynasor:interval=4,window=2");
        assertEquals(12, r.exitToken());
        assertEquals(ExitReason.CONSISTENT, r.reason());
        assertEquals(6, r.overheadTokens());
        assertEquals("probe", r.answerSource());
        assertEquals(Boolean.TRUE, r.correct());
    }

    @Test
    void equivalentAnswersAgreeAndTheAnswerIsTheTextUpToTheUnmatchedBrace() {
        // "\frac{1}{2}} yes" reads as \frac{1}{2}; "0.5}" as 0.5: equivalent, so window 2 exits at 8
        Trace t = twelve().probe(dyn(4, "\\frac{1}{2}} yes")).probe(dyn(8, "0.5}")).build();
        ReplayResult r = replay(t, "dynasor:interval=4,window=2");
        assertEquals(8, r.exitToken());
        assertEquals(4, r.overheadTokens());
    }

    @Test
    void aHesitationWordMakesAnAnswerUncertain() {
        // "3} but" is uncertain; "3} I know" is uncertain as a substring ("no" in "know") but certain as words
        Trace t = twelve().probe(dyn(4, "3} but")).probe(dyn(8, "3} I know")).probe(dyn(12, "3}")).build();
        assertNull(replay(t, "dynasor:interval=4,window=2").exitToken());
        assertEquals(12, replay(t, "dynasor:interval=4,window=2,certainty=word").exitToken());
        assertTrue(DynasorPolicy.certain("3} i know", true));
        assertFalse(DynasorPolicy.certain("3} i know", false));
        assertFalse(DynasorPolicy.certain("Hmm, 3", true));
    }

    @Test
    void windowOneExitsAtTheFirstBoundary() {
        Trace t = twelve().probe(dyn(4, "3}")).build();
        ReplayResult r = replay(t, "dynasor:interval=4,window=1");
        assertEquals(4, r.exitToken());
        assertEquals(2, r.overheadTokens());
    }

    @Test
    void anEmptyAnswerNeverAgrees() {
        Trace t = twelve().probe(dyn(4, "}}")).probe(dyn(8, "}}")).probe(dyn(12, "}}")).build();
        ReplayResult r = replay(t, "dynasor:interval=4,window=2");
        assertNull(r.exitToken());
        assertEquals(6, r.overheadTokens());
    }

    @Test
    void identicalProbesCutOffBeforeAnUnmatchedBraceHaveNoAnswerAndNeverAgree() {
        // "3 + 4 = 7, so x =" has no unmatched '}': obtain_answer gives "", so three identical probes do not agree
        // (the old reading took the whole text as the answer and exited at 8 with window 2)
        Trace t = twelve().probe(dyn(4, "3 + 4 = 7, so x =")).probe(dyn(8, "3 + 4 = 7, so x ="))
                .probe(dyn(12, "3 + 4 = 7, so x =")).build();
        ReplayResult r = replay(t, "dynasor:interval=4,window=2");
        assertNull(r.exitToken());
        assertEquals(6, r.overheadTokens());
        // balanced braces alone are not an answer either: "\\frac{1}{2}" closes every brace it opens
        assertEquals("", ProbeReadings.untilUnmatchedBrace(dyn(4, "\\frac{1}{2}")));
        assertEquals("\\frac{1}{2}", ProbeReadings.untilUnmatchedBrace(dyn(4, "\\frac{1}{2}} done")));
    }

    @Test
    void aStoredAnswerIsTheProbesAnswerEvenWithoutABraceInItsText() {
        // the trace format defines `answer` as the answer the probe produced: it stands, whatever the text
        Probe stored = probe("dynasor", 4, "3", "3 + 4", new String[] {"3", " + 4"}, 0.9, 0.9);
        assertEquals("3", ProbeReadings.untilUnmatchedBrace(stored));
    }

    @Test
    void aMissingProbeBreaksTheRunOrMakesTheTraceUnreplayable() {
        Trace t = twelve().probe(dyn(4, "3}")).probe(dyn(12, "3}")).build();
        assertNull(replay(t, "dynasor:interval=4,window=2").exitToken());
        ReplayResult fail = replay(t, "dynasor:interval=4,window=2,onMissing=fail");
        assertFalse(fail.replayable());
        assertEquals(List.of("probes:dynasor"), fail.needs());
        ReplayResult none = replay(twelve().build(), "dynasor");
        assertEquals(List.of("probes:dynasor"), none.needs());
    }
}
