package dev.exitscope.analysis.policy.probes;

import static dev.exitscope.analysis.policy.probes.ProbeTraces.builder;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.probe;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.replay;
import static dev.exitscope.analysis.policy.probes.ProbeTraces.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayLog;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.signals.steps.NamedSteps;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of more than 300 chars, each one token followed by a "\n\n" token. PUMA's segmenter merges a general
 * paragraph into a general step only while the step is shorter than 1.5 × 200 = 300 chars, so every paragraph is a
 * step: step k spans tokens [2k − 2, 2k) and its trial sits at 2k. A step is known once the paragraph after it has
 * ended, i.e. when paragraph k + 2 starts (token 2k + 2). A paragraph repeated verbatim has lexical similarity 1 to
 * the one before (redundant); paragraphs with disjoint words have similarity 0.
 */
class PumaPolicyTest {
    private static String paragraph(String topic) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 310; i++) {
            sb.append(topic).append("w").append(i).append(' ');
        }
        return sb.toString().strip();
    }

    /** Tokens for the given paragraph topics; the same topic twice in a row is a redundant step. */
    private static TraceBuilder steps(String... topics) {
        List<String> tokens = new ArrayList<>();
        for (String t : topics) {
            tokens.add(paragraph(t));
            tokens.add("\n\n");
        }
        return builder("42", tokens.toArray(new String[0]));
    }

    @Test
    void aConfidentTrialConfirmedByTheNextFlaggedTrialStopsAtTheConfirmingStep() {
        // steps a b c c e e g h: step 4 flags 3, step 6 flags 5; trials at steps 1 (0.5), 3 (0.99), 5 (0.97).
        // first conf >= 0.98 is step 3; next flagged trial step 5 has the same answer and 0.97 >= 0.99 - 0.03:
        // stop after step 5 (token 10). Known when step 6 is known: when paragraph 8 starts (token 14).
        Trace t = steps("a", "b", "c", "c", "e", "e", "g", "h")
                .probe(trial("puma", 2, "7", 0.5)).probe(trial("puma", 6, "42", 0.99))
                .probe(trial("puma", 10, "42", 0.97)).build();
        String spec = "puma:minStopStep=0,loopRun=0";
        ReplayResult r = replay(t, spec);
        assertEquals(10, r.exitToken());
        assertEquals(ExitReason.CONFIDENT, r.reason());
        assertEquals(9, r.overheadTokens());
        assertEquals("probe", r.answerSource());
        assertEquals("42", r.answer());
        ReplayLog log = ReplayEngine.log(t, PolicyCatalog.standard().create(spec));
        List<Decision> ds = log.decisions();
        assertEquals(15, ds.size());
        assertEquals(10, ds.get(14).exitToken());
    }

    @Test
    void aLoopOfRedundantStepsStopsBeforeItWhenAnEarlierTrialWasConfidentEnough() {
        // steps a b b b e: steps 3 and 4 are redundant; loopStart 2 is 0-indexed, so the breaker reads steps 3 on:
        // a run of 2 from r = 3, forcedStop = 2. Trials: step 1 (0.5), step 2 (0.85, flagged by 3), step 3 (flagged
        // by 4). max conf up to step 2 = 0.85 >= 0.8
        Trace t = steps("a", "b", "b", "b", "e")
                .probe(trial("puma", 2, "7", 0.5)).probe(trial("puma", 4, "42", 0.85))
                .probe(trial("puma", 6, "42", 0.99)).build();
        ReplayResult r = replay(t, "puma:minStopStep=0,loopStart=2,loopRun=2");
        assertEquals(4, r.exitToken());
        assertEquals(ExitReason.LOOP, r.reason());
        assertEquals(9, r.overheadTokens());
        assertNull(replay(t, "puma:minStopStep=0,loopStart=2,loopRun=2,forcedMinConf=0.9").exitToken());
        // the default minStopStep 10 refuses a forced stop at step 2 (PUMA skips a forced stop before it)
        assertNull(replay(t, "puma:loopStart=2,loopRun=2").exitToken());
        // loopStart 3 reads steps 4 on: step 4 alone is no run of 2, so there is no loop
        assertNull(replay(t, "puma:minStopStep=0,loopStart=3,loopRun=2").exitToken());
    }

    @Test
    void trialsAfterTheForcedStopAreNotExamined() {
        // the confident pair at steps 3 and 4 lies after forcedStop = 2, so only the loop rule applies
        Trace t = steps("a", "b", "b", "b", "b", "f")
                .probe(trial("puma", 2, "7", 0.1)).probe(trial("puma", 4, "42", 0.2))
                .probe(trial("puma", 6, "42", 0.99)).probe(trial("puma", 8, "42", 0.99)).build();
        assertNull(replay(t, "puma:minStopStep=0,loopStart=2,loopRun=2").exitToken());
        assertEquals(8, replay(t, "puma:minStopStep=0,loopRun=0").exitToken());
    }

    @Test
    void withoutRedundancyOnlyStepOneIsTriedAndNothingFires() {
        Trace t = steps("a", "b", "c", "d").probe(trial("puma", 2, "7", 0.99)).build();
        ReplayResult r = replay(t, "puma:minStopStep=0");
        assertNull(r.exitToken());
        assertEquals(3, r.overheadTokens());
    }

    @Test
    void stepOneGetsOneTrialWhenStepTwoIsRedundantToo() {
        // steps a a c d: step 2 is redundant and flags step 1, which already has its trial. One trial (3 tokens),
        // so with runLength 2 nothing confirms it: no exit even with minStopStep 0 or 1
        Trace t = steps("a", "a", "c", "d").probe(trial("puma", 2, "7", 0.99)).build();
        for (String spec : List.of("puma:minStopStep=0", "puma:minStopStep=1")) {
            ReplayResult r = replay(t, spec);
            assertNull(r.exitToken(), spec);
            assertEquals(3, r.overheadTokens(), spec);
        }
    }

    @Test
    void runLengthOneStopsAtTheFirstStep() {
        Trace t = steps("a", "b").probe(trial("puma", 2, "7", 0.99)).build();
        ReplayResult r = replay(t, "puma:minStopStep=0,runLength=1");
        assertEquals(2, r.exitToken());
        assertEquals(ExitReason.CONFIDENT, r.reason());
    }

    @Test
    void theConfidenceIsReadInsideTheFirstBraces() {
        // tokens "The", " answer", " {", "4", "2", "}": inside are "4" (0.99) and "2" (0.97): exp(mean log) = 0.9799
        assertEquals(Math.sqrt(0.99 * 0.97), ProbeReadings.braceConfidence(probe("puma", 0, null, null,
                new String[] {"The", " {", "4", "2", "}", " ok"}, 0.1, 0.1, 0.99, 0.97, 0.1, 0.1)), 1e-6);
        assertEquals("42", ProbeReadings.braceAnswer(probe("puma", 0, null, null,
                new String[] {"{", "4", "2", "}"}, 1, 1, 1, 1)));
    }

    private static final float N = Float.NaN;

    private static TraceBuilder attached(TraceBuilder b, int n, int[] ends, float @Nullable [] sim) {
        b.series(NamedSteps.seriesName(NamedSteps.ATTACHED), NamedSteps.numbers(ends, n));
        if (sim != null) {
            b.series(NamedSteps.valueSeriesName(NamedSteps.ATTACHED, NamedSteps.SIM), NamedSteps.values(ends, sim, n));
        }
        return b;
    }

    @Test
    void attachedSimilaritiesReplaceTheEmbedder() {
        // paragraphs a b c d e share no words (lexical sim 0). Attached steps are the same paragraphs, with sims
        // (-, 0.9, 0.1, 0.9, 0.1): steps 2 and 4 are redundant (>= 0.35). Step 2 flags step 1, which has its
        // trial already; step 4 flags step 3. Trials 1 (at 2) and 3 (at 6), both 0.99 with answer 42: stop at step
        // 3, token 6
        Trace t = attached(steps("a", "b", "c", "d", "e"), 10, new int[] {2, 4, 6, 8, 10},
                new float[] {N, 0.9f, 0.1f, 0.9f, 0.1f})
                .probe(trial("puma", 2, "42", 0.99)).probe(trial("puma", 6, "42", 0.99)).build();
        ReplayResult r = replay(t, "puma:minStopStep=0");
        assertEquals(6, r.exitToken());
        assertEquals(6, r.overheadTokens());
        // PUMA's own steps with the embedder: no redundancy, only step 1 is tried
        ReplayResult own = replay(t, "puma:minStopStep=0,steps=puma");
        assertNull(own.exitToken());
        assertEquals(3, own.overheadTokens());
    }

    @Test
    void attachedStepBoundariesPlaceTheTrials() {
        // attached steps of two paragraphs each end at tokens 4 and 8; with runLength 1 step 1's trial stops at once.
        // It is the probe at 4 (0.99), not the one at 2 where PUMA's segmenter ends step 1 (0.5)
        Trace t = attached(steps("a", "b", "c", "d"), 8, new int[] {4, 8}, null)
                .probe(trial("puma", 2, "7", 0.5)).probe(trial("puma", 4, "42", 0.99)).build();
        ReplayResult r = replay(t, "puma:minStopStep=0,runLength=1");
        assertEquals(4, r.exitToken());
        assertEquals("42", r.answer());
        assertNull(replay(t, "puma:minStopStep=0,runLength=1,steps=puma").exitToken());
        assertEquals(4, replay(t, "puma:minStopStep=0,runLength=1,steps=attached").exitToken());
    }

    @Test
    void attachedStepsEndWhereTheirNumbersStop() {
        // attached steps end at tokens 2, 4, 6 of 8; tokens 6 and 7 (the answer) are in no step. Sims (-, 0.1, 0.9):
        // step 3 is redundant and flags step 2. Trials 1 (at 2) and 2 (at 4) agree: stop at step 2, token 4. Step 3
        // closes when token 6 arrives without a step number, so the decision is taken there, not at the end
        Trace t = attached(steps("a", "b", "c", "d"), 8, new int[] {2, 4, 6}, new float[] {N, 0.1f, 0.9f})
                .probe(trial("puma", 2, "42", 0.99)).probe(trial("puma", 4, "42", 0.99)).build();
        List<Decision> ds = ReplayEngine.log(t, PolicyCatalog.standard().create("puma:minStopStep=0")).decisions();
        assertEquals(7, ds.size());
        assertEquals(4, ds.get(6).exitToken());
    }

    @Test
    void askingForAttachedStepsNeedsThem() {
        Trace plain = steps("a", "b").probe(trial("puma", 2, "7", 0.99)).build();
        assertEquals(List.of("steps:attached"), replay(plain, "puma:steps=attached").needs());
        assertEquals(List.of(), replay(plain, "puma").needs());
        Trace broken = steps("a", "b").probe(trial("puma", 2, "7", 0.99))
                .series(NamedSteps.seriesName(NamedSteps.ATTACHED), new float[] {1, 3, N, N}).build();
        assertEquals(List.of("steps:attached (series steps.attached: token 1 has step 3.0, expected 1 or 2)"),
                replay(broken, "puma").needs());
    }

    @Test
    void withoutPumaProbesTheTraceIsNotReplayable() {
        assertEquals(List.of("probes:puma"), replay(steps("a", "b").build(), "puma").needs());
    }
}
