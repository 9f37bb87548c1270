package dev.exitscope.views.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.views.timeline.ExitFlag;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The policy panel's model: which configurations replay when, what their results and flags are, and that a late
 * result never overwrites a newer one. The worker and the FX thread are queues the test empties.
 */
class ReplayViewModelTest {
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private int replays;

    private ReplayViewModel model() {
        return new ReplayViewModel(PolicyCatalog.standard(), AnswerCost.RECORDED, r -> worker.add(() -> {
            replays++;
            r.run();
        }), fx::add);
    }

    /** 100 tokens, thinking [0, 80), an answer of 20 tokens; no logprobs. */
    private static Trace trace() {
        TraceBuilder b = new TraceBuilder("t");
        for (int i = 0; i < 100; i++) {
            b.addToken(i == 0 ? "w" : " w", Float.NaN);
        }
        return b.thinkRange(0, 80).build();
    }

    private void run() {
        while (!worker.isEmpty() || !fx.isEmpty()) {
            for (Runnable r = worker.poll(); r != null; r = worker.poll()) {
                r.run();
            }
            for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
                r.run();
            }
        }
    }

    @Test
    void aBudgetOf40ExitsAt40AndSaves40PercentWithTheRecordedAnswer() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        PolicyChoice budget = m.choice("budget");
        budget.set("tokens", "40");
        budget.enabledProperty().set(true);
        run();
        ReplayResult r = budget.resultProperty().get();
        assertEquals(40, r.exitToken());
        // 40 thinking tokens kept + the 20 recorded answer tokens, of 100
        assertEquals(60, r.tokensUsed());
        assertEquals(0.4, r.saved(), 1e-12);
        assertEquals(List.of(new ExitFlag(40, "budget:tokens=40 −40.0%", PolicyColours.argb(budget.index(), false),
                ReplayViewModel.detail(r, "the budget of 40 thinking tokens is spent"))), m.flagsProperty().get());
        assertEquals("budget stops after token 40: the budget of 40 thinking tokens is spent. 60 of 100 tokens used,"
                + " 40.0% saved", m.flagsProperty().get().get(0).detail());
    }

    @Test
    void theResultIsTheReplayEnginesForTheSameConfiguration() {
        Trace t = trace();
        ReplayViewModel m = model();
        m.traceProperty().set(t);
        PolicyChoice budget = m.choice("budget");
        budget.set("tokens", "7");
        budget.enabledProperty().set(true);
        run();
        assertEquals(ReplayEngine.replay(t, PolicyCatalog.standard().create("budget:tokens=7")),
                budget.resultProperty().get());
    }

    @Test
    void changingOneParameterReplaysOnlyThatConfiguration() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        m.choice("budget").enabledProperty().set(true);
        m.choice("firstk").enabledProperty().set(true);
        run();
        assertEquals(2, replays);
        m.choice("budget").set("tokens", "10");
        run();
        assertEquals(3, replays);
        assertEquals(10, m.choice("budget").resultProperty().get().exitToken());
        m.choice("budget").set("tokens", "10");
        run();
        assertEquals(3, replays, "an unchanged value replays nothing");
    }

    @Test
    void aNewTraceReplaysEveryEnabledPolicyAndOnlyThose() {
        ReplayViewModel m = model();
        m.choice("budget").enabledProperty().set(true);
        m.choice("consistency").enabledProperty().set(true);
        run();
        assertEquals(0, replays, "nothing to replay without a trace");
        m.traceProperty().set(trace());
        run();
        assertEquals(2, replays);
        assertNull(m.choice("deer").resultProperty().get());
    }

    @Test
    void onlyTheLatestOfTwoQuickChangesIsShown() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        PolicyChoice budget = m.choice("budget");
        budget.enabledProperty().set(true);
        budget.set("tokens", "30");
        budget.set("tokens", "20");
        run();
        assertEquals(20, budget.resultProperty().get().exitToken());
        assertEquals(1, m.flagsProperty().get().size());
        assertEquals(20, m.flagsProperty().get().get(0).token());
    }

    @Test
    void aPolicyThatCannotRunSaysWhatItNeeds() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        PolicyChoice entropy = m.choice("entropy");
        entropy.enabledProperty().set(true);
        run();
        ReplayResult r = entropy.resultProperty().get();
        assertFalse(r.replayable());
        assertEquals(List.of("needs per-token logprobs — this trace has none; record the run with logprobs on"),
                ResultLines.of(r));
        assertTrue(m.flagsProperty().get().isEmpty());
        PolicyChoice deer = m.choice("deer");
        deer.enabledProperty().set(true);
        run();
        assertTrue(ResultLines.of(deer.resultProperty().get()).contains("needs probes of kind deer — none in this"
                + " trace; add them with `exitscope attach --probes FILE`"), ResultLines.of(deer.resultProperty()
                .get()).toString());
    }

    @Test
    void aValueOutsideTheParametersRangeIsRefusedAndNothingReplays() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        PolicyChoice budget = m.choice("budget");
        budget.enabledProperty().set(true);
        run();
        int before = replays;
        assertFalse(budget.set("tokens", "-3"));
        assertTrue(budget.problemProperty().get().contains("tokens"), budget.problemProperty().get());
        run();
        assertEquals(before, replays);
        assertEquals("4096", budget.value("tokens"));
        budget.reset();
        assertNull(budget.problemProperty().get());
    }

    @Test
    void disablingAPolicyRemovesItsFlag() {
        ReplayViewModel m = model();
        m.traceProperty().set(trace());
        m.choice("budget").set("tokens", "40");
        m.choice("budget").enabledProperty().set(true);
        run();
        assertEquals(1, m.flagsProperty().get().size());
        m.choice("budget").enabledProperty().set(false);
        run();
        assertTrue(m.flagsProperty().get().isEmpty());
        assertNull(m.choice("budget").resultProperty().get());
    }
}
