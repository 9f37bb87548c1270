package dev.exitscope.analysis.signals.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.StepEnded;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepInvariantTest {

    static Stream<Arguments> kinds() {
        return Stream.of(SegmenterKind.values()).map(Arguments::of);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void stepsPartitionTheTokensOfRandomTexts(long seed) {
        Random r = new Random(seed);
        String[] pieces = {"a", "Wait", " ", "\n", "\n\n", " \n ", ".", "3.14", "e.g.", "。", "x = 1", "\r\n", "!"};
        List<String> tokens = new ArrayList<>();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            int parts = r.nextInt(3);
            for (int j = 0; j < parts; j++) {
                t.append(pieces[r.nextInt(pieces.length)]);
            }
            tokens.add(t.toString());
        }
        Trace t = TestTraces.of(tokens.toArray(new String[0]));
        for (SegmenterKind k : SegmenterKind.values()) {
            assertPartition(t, k.create(StepTyper.defaults(), 8, 20), k + " seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void stepsPartitionTheTokensOfSampleTraces(SegmenterKind kind) throws IOException {
        List<Trace> traces = new ArrayList<>(TestTraces.sample(TestTraces.MARCO, "marco-o1").subList(0, 20));
        traces.addAll(TestTraces.sample(TestTraces.QWEN, "qwen25-math").subList(0, 16));
        for (Trace t : traces) {
            assertPartition(t, kind.create(StepTyper.defaults()), kind + " " + t.id());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneCharPerTokenAndTokenizerTokensGiveTheSameStepsInChars(SegmenterKind kind) throws IOException {
        for (Trace sample : TestTraces.sample(TestTraces.MARCO, "marco-o1").subList(0, 10)) {
            String text = sample.text();
            Trace chars = TestTraces.chars(text);
            Trace words = TestTraces.tokenized(text);
            assertEquals(describe(chars, kind), describe(words, kind), kind + " " + sample.id());
        }
    }

    /** Each step as "first non-whitespace char offset:type". */
    private static List<String> describe(Trace t, SegmenterKind kind) {
        List<String> out = new ArrayList<>();
        for (StepEnded s : TestTraces.steps(t, kind.create(StepTyper.defaults()))) {
            int c = t.tokenStart(s.start());
            while (c < t.tokenStart(s.end()) && Segmenter.isSpace(t.text().charAt(c))) {
                c++;
            }
            out.add(c + ":" + s.type().wireName());
        }
        return out;
    }

    static void assertPartition(Trace t, Segmenter s, String what) {
        List<StepEnded> steps = TestTraces.steps(t, s);
        int next = 0;
        for (int i = 0; i < steps.size(); i++) {
            StepEnded e = steps.get(i);
            assertEquals(i, e.index(), what);
            assertEquals(next, e.start(), what);
            assertTrue(e.end() > e.start(), what + " empty step " + e);
            next = e.end();
        }
        assertEquals(t.tokenCount(), next, what);
        assertEquals(t.tokenCount() == 0, steps.isEmpty(), what);
    }
}
