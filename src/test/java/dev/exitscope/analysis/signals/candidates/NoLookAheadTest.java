package dev.exitscope.analysis.signals.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.IncrementalSignal;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.signals.cues.CueDetector;
import dev.exitscope.analysis.signals.steps.SegmenterKind;
import dev.exitscope.analysis.signals.steps.StepTyper;
import dev.exitscope.analysis.signals.steps.TestTraces;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every signal and every t: the events emitted while consuming tokens [0, t] of a full trace equal the events
 * emitted while consuming the trace cut after token t (rebuilt with TraceBuilder), before its end is signalled.
 */
class NoLookAheadTest {
    private static final int MAX_TOKENS = 1500;
    /** A maths record with "Wait", "Alternatively", "Perhaps" and two conclusion-step candidates. */
    private static final String MARCO_ID = "CoT_demo.first80:59";

    static Stream<Arguments> signals() {
        List<Arguments> out = new ArrayList<>();
        for (SegmenterKind k : SegmenterKind.values()) {
            out.add(Arguments.of("steps " + k.wireName(), (Supplier<IncrementalSignal>) () ->
                    k.create(StepTyper.defaults())));
        }
        for (CueRule r : CueRule.values()) {
            out.add(Arguments.of("cues " + r.wireName(), (Supplier<IncrementalSignal>) () -> CueDetector.defaults(r)));
        }
        out.add(Arguments.of("candidates", (Supplier<IncrementalSignal>) CandidateDetector::new));
        out.add(Arguments.of("candidates with sentence steps", (Supplier<IncrementalSignal>) () ->
                CandidateDetector.withSteps(SegmenterKind.SENTENCE.create(StepTyper.defaults()))));
        out.add(Arguments.of("candidates in puma steps", (Supplier<IncrementalSignal>) () ->
                new CandidateDetector(SegmenterKind.PUMA.create(StepTyper.defaults()))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signals")
    void eventsOfEveryPrefixAreThoseOfTheTraceCutThere(String name, Supplier<IncrementalSignal> make)
            throws IOException {
        int total = 0;
        for (Trace full : traces()) {
            List<List<SignalEvent>> byToken = perToken(full, make.get());
            List<SignalEvent> seen = new ArrayList<>();
            for (int t = 0; t < full.tokenCount(); t++) {
                seen.addAll(byToken.get(t));
                List<SignalEvent> cut = flatten(perToken(TestTraces.cut(full, t + 1), make.get()));
                assertEquals(seen, cut, name + " " + full.id() + " cut at " + (t + 1));
            }
            total += seen.size();
        }
        assertTrue(total > 0, name + " found nothing to compare");
    }

    /** A Marco-o1 trace with reflections and the longest Qwen2.5-Math trace with a box. */
    private static List<Trace> traces() throws IOException {
        Trace marco = TestTraces.sample(TestTraces.MARCO, "marco-o1").stream()
                .filter(t -> t.id().equals(MARCO_ID)).findFirst().orElseThrow();
        Trace qwen = TestTraces.sample(TestTraces.QWEN, "qwen25-math").stream()
                .filter(t -> t.tokenCount() <= MAX_TOKENS && t.text().contains("\\boxed"))
                .max(Comparator.comparingInt(Trace::tokenCount)).orElseThrow();
        return List.of(marco, qwen);
    }

    /** Events emitted while consuming each token (the end is not signalled). */
    private static List<List<SignalEvent>> perToken(Trace t, IncrementalSignal s) {
        List<List<SignalEvent>> out = new ArrayList<>();
        TracePrefix p = new TracePrefix(t);
        while (p.advance()) {
            List<SignalEvent> now = new ArrayList<>();
            s.onToken(p, now::add);
            for (SignalEvent e : now) {
                assertTrue(e.token() < p.tokenCount(), "event past the token being consumed: " + e);
            }
            out.add(now);
        }
        return out;
    }

    private static List<SignalEvent> flatten(List<List<SignalEvent>> lists) {
        List<SignalEvent> out = new ArrayList<>();
        lists.forEach(out::addAll);
        return out;
    }
}
