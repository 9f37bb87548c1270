package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.combined.SignalCache;
import dev.exitscope.analysis.signals.combined.SignalOptions;
import dev.exitscope.analysis.signals.combined.TraceSignals;
import dev.exitscope.analysis.timeline.TimelineData;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenTextModelTest {
    private static final float NAN = Float.NaN;

    private static Trace trace(String... tokens) {
        return new TraceBuilder("t").addTokens(List.of(tokens)).build();
    }

    @Test
    void heatBucketsAndExtremesMatchAHandComputation() {
        // values with a value, sorted: 0.1 0.3 0.3 0.5 0.7 0.9 (m = 6); bucket = floor(10 * below / 6)
        HeatScale s = HeatScale.of(new float[] {0.5f, 0.1f, 0.9f, 0.3f, NAN, 0.3f, 0.7f});
        int[] expected = {5, 0, 8, 1, -1, 1, 6};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], s.bucket(i), "token " + i);
        }
        // 2 % of 6 values is 0.12, so only the maximum is a high extreme and only the minimum a low one
        for (int i = 0; i < expected.length; i++) {
            assertEquals(i == 2, s.extremeHigh(i), "high " + i);
            assertEquals(i == 1, s.extremeLow(i), "low " + i);
        }
        // floor of bucket k is sorted[ceil(6k / 10)]
        assertEquals(0.1f, s.floor(0));
        assertEquals(0.3f, s.floor(1));
        assertEquals(0.5f, s.floor(5));
        assertEquals(0.9f, s.floor(9));
    }

    @Test
    void aConstantOrMissingSignalHasNoExtremes() {
        HeatScale constant = HeatScale.of(new float[] {2, 2, 2});
        assertEquals(0, constant.bucket(1));
        assertFalse(constant.extremeHigh(0));
        assertFalse(constant.extremeLow(0));
        HeatScale none = HeatScale.of(new float[] {NAN, NAN});
        assertEquals(-1, none.bucket(0));
        assertFalse(none.hasValues());
    }

    @Test
    void paragraphsBreakAfterLineBreaksBeforeStepsAndAtTheEndOfThinking() {
        Trace t = trace("<think>", "Is", " it", " 3?\n", "Wait", ",", " yes", ".", "</think>", "The", " answer",
                " is", " 3", ".");
        TokenTextModel m = TokenTextModel.of(t, new float[t.tokenCount()], new float[t.tokenCount()],
                new int[] {0, 4}, new String[] {"setup", "doubt"}, new int[] {4}, new int[] {12},
                new String[] {"3"});
        assertEquals(9, t.thinkEnd());
        assertEquals(3, m.paragraphCount());
        assertEquals(0, m.paragraphStart(0));
        assertEquals(4, m.paragraphStart(1));
        assertEquals(9, m.paragraphStart(2));
        assertEquals(14, m.paragraphEnd(2));
        assertEquals("setup", m.stepTypeStartingAt(0));
        assertEquals("doubt", m.stepTypeStartingAt(1));
        assertNull(m.stepTypeStartingAt(2));
        assertEquals(1, m.paragraphOf(7));
        assertEquals(2, m.paragraphOf(13));
        assertTrue(m.thinking(3));
        assertFalse(m.thinking(9));
        assertTrue(m.cue(4));
        assertFalse(m.cue(5));
        assertTrue(m.candidate(12));
        assertFalse(m.candidate(3), "the earlier 3 is not the candidate");
        assertEquals(1, m.step(13));
        assertEquals(" 3?", m.displayText(3));
    }

    @Test
    void aCandidateSpanningTokensIsMarkedOnEachOfThem() {
        Trace t = trace("So", " x", " =", " 12", "5", ".");
        TokenTextModel m = TokenTextModel.of(t, new float[6], new float[6], new int[0], new String[0], new int[0],
                new int[] {4}, new String[] {"125"});
        assertFalse(m.candidate(2));
        assertTrue(m.candidate(3));
        assertTrue(m.candidate(4));
        assertFalse(m.candidate(5));
    }

    @Test
    void longLinesSplitIntoParagraphsOfAtMostTheCap() {
        String[] tokens = new String[3000];
        java.util.Arrays.fill(tokens, " word");
        Trace t = trace(tokens);
        TokenTextModel m = TokenTextModel.of(t, new float[3000], new float[3000], new int[0], new String[0],
                new int[0], new int[0], new String[0]);
        assertEquals(25, m.paragraphCount(), "15,000 chars in paragraphs of 120 five-char tokens (600 chars)");
        for (int p = 0; p < m.paragraphCount(); p++) {
            int chars = t.tokenEnd(m.paragraphEnd(p) - 1) - t.tokenStart(m.paragraphStart(p));
            assertTrue(chars <= TokenTextModel.MAX_PARAGRAPH_CHARS, "paragraph " + p + ": " + chars);
        }
    }

    @Test
    void aHundredThousandTokenModelBuildsOnAWorkerThread() throws Exception {
        Trace t = TokenTextFixtures.longTrace(100_000);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<TokenTextModel> f = CompletableFuture.supplyAsync(() -> {
                TraceSignals s = SignalCache.compute(t, SignalOptions.defaults(), null);
                return TokenTextModel.of(TimelineData.of(s), s.entropy());
            }, worker);
            TokenTextModel m = f.get(60, TimeUnit.SECONDS);
            assertEquals(100_000, m.tokenCount());
            assertTrue(m.paragraphCount() > 1000);
            assertTrue(m.scale(TokenSignal.ENTROPY).hasValues());
            assertTrue(m.scale(TokenSignal.SURPRISAL).hasValues());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void displayTextShowsLineBreaksInsideATokenAndTabsAsSpaces() {
        Trace t = trace("a\nb", "\tx", "\n\n", "y\r\n", "z\u0007");
        TokenTextModel m = TokenTextModel.of(t, new float[5], new float[5], new int[0], new String[0], new int[0],
                new int[0], new String[0]);
        assertEquals("a\u21b5b", m.displayText(0));
        assertEquals("    x", m.displayText(1));
        assertEquals("\u21b5", m.displayText(2));
        assertEquals("y", m.displayText(3));
        assertEquals("z ", m.displayText(4));
    }

    @Test
    void linesMayWrapBeforeSpacesAndIdeographsButNotInsideAWord() {
        Trace t = trace("Hello", " wor", "ld", "-", "wide", " ", "x", "\u4e2d", "\u6587", "end");
        TokenTextModel m = TokenTextModel.of(t, new float[10], new float[10], new int[0], new String[0],
                new int[0], new int[0], new String[0]);
        boolean[] expected = {false, true, false, false, true, true, true, true, true, true};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], m.breakBefore(i), "token " + i);
        }
    }
}
