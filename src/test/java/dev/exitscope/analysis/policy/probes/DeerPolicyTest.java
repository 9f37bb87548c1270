package dev.exitscope.analysis.policy.probes;

import static dev.exitscope.analysis.policy.probes.ProbeTraces.builder;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.probe;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.replay;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeerPolicyTest {
    /** Cues " Wait" at tokens 3 and 7; the trials see the prefixes [0, 3) and [0, 7). */
    private static final String[] TOKENS = {"<think>", "x=3", ".", " Wait", ",", " check", ".", " Wait", " yes",
        "</think>", "3"};

    @Test
    void exitsAtTheFirstTrialAboveTheThresholdKeepingThePrefixBeforeTheCue() {
        // trial at 3: mean of 0.9 and 0.8 (first "{" skipped, then "3" and "}") = 0.85, not > 0.95
        // trial at 7: mean of 0.99 and 0.98 = 0.985 > 0.95: exit keeping 7 tokens; overhead 3 + 3
        Trace t = builder("3", TOKENS)
                .probe(probe("deer", 3, "3", "{3}", new String[] {"{", "3", "}"}, 0.01, 0.9, 0.8))
                .probe(probe("deer", 7, "3", "{3}", new String[] {"{", "3", "}"}, 0.01, 0.99, 0.98)).build();
        ReplayResult r = replay(t, "deer");
        assertEquals(7, r.exitToken());
        assertEquals(ExitReason.CONFIDENT, r.reason());
        assertEquals(6, r.overheadTokens());
        assertEquals("probe", r.answerSource());
        assertEquals("3", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
    }

    @Test
    void geometricAndMinimumMeansChangeTheVerdict() {
        // out probabilities after "{": 1.0 and 0.9. arithmetic 0.95, geometric 0.9487, min 0.9
        Trace t = builder("3", TOKENS)
                .probe(probe("deer", 3, "3", "{3}", new String[] {"{", "3", "}"}, 0.5, 1.0, 0.9)).build();
        assertEquals(3, replay(t, "deer:threshold=0.94").exitToken());
        assertEquals(3, replay(t, "deer:threshold=0.94,mean=geometric").exitToken());
        assertNull(replay(t, "deer:threshold=0.94,mean=min").exitToken());
        assertNull(replay(t, "deer:threshold=0.95,mean=geometric").exitToken());
    }

    @Test
    void theFirstGeneratedTokenIsSkippedWhateverItIs() {
        // out "3", "}", "." with p = 0.5, 0.99, 0.97; DEER's start_index = 1 drops "3":
        // skipped: (0.99 + 0.97) / 2 = 0.98 > 0.95 -> exit at 3; kept, it would be (0.5 + 0.99 + 0.97) / 3 = 0.82
        Trace t = builder("3", TOKENS)
                .probe(probe("deer", 3, "3", "3}.", new String[] {"3", "}", "."}, 0.5, 0.99, 0.97)).build();
        ReplayResult r = replay(t, "deer");
        assertEquals(3, r.exitToken());
        assertEquals(0.98, ProbeReadings.deerConfidence(t.probes().get(0), ProbeReadings.Mean.ARITHMETIC), 1e-6);
        // a trial of a single token has nothing left to average: the stored confidence (none here) stands in
        Probe one = probe("deer", 3, "3", "3", new String[] {"3"}, 0.99);
        assertTrue(Double.isNaN(ProbeReadings.deerConfidence(one, ProbeReadings.Mean.ARITHMETIC)));
    }

    @Test
    void cueAlternativelyUsesTheOtherStopStringCaseSensitively() {
        // tokens: 0 "<think>", 1 "x=3", 2 ".", 3 " Alternatively", 4 ",", 5 " alternatively", 6 " Wait", 7 "ok"
        // only token 3 is a checkpoint for cue=alternatively; with the default cue only " Wait" (6) is
        Trace t = builder("3", "<think>", "x=3", ".", " Alternatively", ",", " alternatively", " Wait", "ok")
                .probe(trial("deer", 3, "3", 0.99)).probe(trial("deer", 5, "3", 0.99))
                .probe(trial("deer", 6, "3", 0.99)).build();
        assertEquals(3, replay(t, "deer:cue=alternatively").exitToken());
        assertEquals(6, replay(t, "deer").exitToken());
    }

    @Test
    void qwen3TrialsMustEndAtTheClosingTagToCount() {
        // trial at 3 stops after 20 tokens without </think>: confidence 0 although its tokens are sure
        // trial at 7: "{", "3", "}", "</think>" with p 0.2, 0.99, 0.98, 0.97; skipping "{":
        // arithmetic (0.99 + 0.98 + 0.97) / 3 = 0.98 > 0.95, the closing tag's own probability included
        Trace t = builder("3", TOKENS)
                .probe(probe("deer", 3, "3", "{3}.", new String[] {"{", "3", "}", "."}, 0.2, 0.99, 0.99, 0.99))
                .probe(probe("deer", 7, "3", "{3}</think>", new String[] {"{", "3", "}", "</think>"},
                        0.2, 0.99, 0.98, 0.97)).build();
        ReplayResult q = replay(t, "deer:variant=qwen3");
        assertEquals(7, q.exitToken());
        assertEquals(0.0, ProbeReadings.deerConfidence(t.probes().get(0), ProbeReadings.Mean.ARITHMETIC, true), 0);
        assertEquals(0.98, ProbeReadings.deerConfidence(t.probes().get(1), ProbeReadings.Mean.ARITHMETIC, true),
                1e-6);
        // the default variant does not ask for the tag: the trial at 3 averages 0.99 and exits there
        assertEquals(3, replay(t, "deer").exitToken());
    }

    @Test
    void aClosingTagSplitOverOutTokensStillEndsTheTrial() {
        // "</", "think", ">\n" joined is "</think>\n": trailing whitespace aside it ends with the tag
        Probe p = probe("deer", 3, "3", "{3}</think>", new String[] {"{", "3", "</", "think", ">\n"},
                0.5, 1.0, 1.0, 1.0, 1.0);
        assertEquals(1.0, ProbeReadings.deerConfidence(p, ProbeReadings.Mean.MIN, true), 1e-6);
        Probe open = probe("deer", 3, "3", "{3", new String[] {"{", "3"}, 0.5, 1.0);
        assertEquals(0.0, ProbeReadings.deerConfidence(open, ProbeReadings.Mean.MIN, true), 0);
    }

    @Test
    void aConfidenceEqualToTheThresholdDoesNotExit() {
        Trace t = builder("3", TOKENS).probe(trial("deer", 3, "3", 1.0)).probe(trial("deer", 7, "3", 1.0)).build();
        ReplayResult r = replay(t, "deer:threshold=1");
        assertNull(r.exitToken());
        assertEquals(ExitReason.NONE, r.reason());
        assertEquals(6, r.overheadTokens());
        assertEquals("final", r.answerSource());
    }

    @Test
    void noCueNeverFiresAndLowerCaseWaitIsNoCue() {
        Trace t = builder("3", "<think>", "x=3", " wait", " ok", "</think>", "3")
                .probe(trial("deer", 2, "3", 1.0)).build();
        ReplayResult r = replay(t, "deer");
        assertTrue(r.replayable());
        assertNull(r.exitToken());
        assertEquals(0, r.overheadTokens());
    }

    @Test
    void aCueInTheFirstTokenExitsWithAnEmptyPrefix() {
        Trace t = builder("3", "Wait", " x=3").probe(trial("deer", 0, "3", 0.99)).build();
        ReplayResult r = replay(t, "deer");
        assertEquals(0, r.exitToken());
        assertEquals(3, r.overheadTokens());
    }

    @Test
    void aCueStartingInsideATokenExcludesThatWholeToken() {
        // "so,Wait" holds the W: the trial saw [0, 2); a split "Wa" + "it" excludes "Wa" too
        Trace t = builder("3", "<think>", "x=3", "so,Wait", " ok").probe(trial("deer", 2, "3", 0.99)).build();
        assertEquals(2, replay(t, "deer").exitToken());
        Trace split = builder("3", "<think>", "x=3", " Wa", "it", " ok").probe(trial("deer", 2, "3", 0.99)).build();
        assertEquals(2, replay(split, "deer").exitToken());
    }

    @Test
    void afterMaxJudgesLaterCuesAreNotJudged() {
        Trace t = builder("3", TOKENS).probe(trial("deer", 3, "3", 0.5)).probe(trial("deer", 7, "3", 0.99)).build();
        ReplayResult r = replay(t, "deer:maxJudges=1");
        assertNull(r.exitToken());
        assertEquals(3, r.overheadTokens());
        assertEquals(7, replay(t, "deer:maxJudges=2").exitToken());
    }

    @Test
    void cuesAfterTheThinkingBlockAreIgnored() {
        Trace t = builder("3", "<think>", "x=3", "</think>", " Wait", " 3").probe(trial("deer", 3, "3", 0.99)).build();
        assertNull(replay(t, "deer").exitToken());
    }

    @Test
    void withoutDeerProbesTheTraceIsNotReplayable() {
        Trace t = builder("3", TOKENS).probe(trial("forced", 3, "3", 0.99)).build();
        ReplayResult r = replay(t, "deer");
        assertFalse(r.replayable());
        assertEquals(List.of("probes:deer"), r.needs());
        assertNull(r.answer());
    }

    @Test
    void aMissingTrialIsSkippedOrMakesTheTraceUnreplayable() {
        Probe second = trial("deer", 7, "3", 0.99);
        Trace t = builder("3", TOKENS).probe(second).build();
        ReplayResult skip = replay(t, "deer");
        assertEquals(7, skip.exitToken());
        assertEquals(3, skip.overheadTokens());
        ReplayResult fail = replay(t, "deer:onMissing=fail");
        assertFalse(fail.replayable());
        assertEquals(List.of("probes:deer"), fail.needs());
        Trace later = builder("3", TOKENS).probe(trial("deer", 3, "3", 0.99)).build();
        assertEquals(3, replay(later, "deer:onMissing=fail").exitToken());
    }
}
