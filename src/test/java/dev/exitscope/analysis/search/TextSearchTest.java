package dev.exitscope.analysis.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSearchTest {
    /** Tokens: 0 "Wait", 1 ",", 2 " let", 3 " me", 4 " wa", 5 "it", 6 ". WAIT", 7 "!" */
    private static final Trace TRACE = new TraceBuilder("t")
            .addTokens(List.of("Wait", ",", " let", " me", " wa", "it", ". WAIT", "!")).build();

    private static int[] tokens(TextMatches m, boolean first) {
        int[] out = new int[m.count()];
        for (int k = 0; k < m.count(); k++) {
            out[k] = first ? m.firstToken(k) : m.endToken(k);
        }
        return out;
    }

    @Test
    void caseInsensitiveSearchFindsEveryCasingAndMapsMatchesToTheTokensTheyTouch() {
        TextMatches m = TextSearch.find(TRACE, "wait", false);
        assertEquals(3, m.count());
        assertEquals(0, m.charStart(0));
        assertEquals(13, m.charStart(1));
        assertEquals(19, m.charStart(2));
        assertArrayEquals(new int[] {0, 4, 6}, tokens(m, true));
        assertArrayEquals(new int[] {1, 6, 7}, tokens(m, false));
    }

    @Test
    void caseSensitiveSearchKeepsOnlyExactCasing() {
        TextMatches m = TextSearch.find(TRACE, "wait", true);
        assertEquals(1, m.count());
        assertEquals(4, m.firstToken(0));
        assertEquals(6, m.endToken(0));
        assertEquals(1, TextSearch.find(TRACE, "WAIT", true).count());
    }

    @Test
    void matchesDoNotOverlap() {
        Trace t = new TraceBuilder("a").addTokens(List.of("aa", "aa", "a")).build();
        TextMatches m = TextSearch.find(t, "aa", true);
        assertEquals(2, m.count());
        assertEquals(0, m.charStart(0));
        assertEquals(2, m.charStart(1));
    }

    @Test
    void emptyOrTooLongQueriesFindNothing() {
        assertEquals(0, TextSearch.find(TRACE, "", false).count());
        assertEquals(0, TextSearch.find(TRACE, TRACE.text() + "x", false).count());
    }

    @Test
    void aCancelledSearchGivesUp() {
        AtomicInteger asked = new AtomicInteger();
        TextMatches m = TextSearch.find(TRACE, "wait", false, () -> asked.incrementAndGet() > 0);
        assertEquals(0, m.count());
        assertEquals(1, asked.get());
    }

    @Test
    void lookupsAnswerByToken() {
        TextMatches m = TextSearch.find(TRACE, "wait", false);
        assertEquals(0, m.matchAt(0));
        assertEquals(-1, m.matchAt(1));
        assertEquals(1, m.matchAt(5));
        assertEquals(2, m.matchAt(6));
        assertTrue(m.anyIn(2, 5));
        assertFalse(m.anyIn(1, 4));
        assertFalse(m.anyIn(7, 8));
        assertEquals(1, m.firstEndingAfter(1));
        assertEquals(3, m.firstEndingAfter(7));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithANaiveScanOfTheLowerCasedText(long seed) {
        Random r = new Random(seed);
        List<String> toks = new ArrayList<>();
        String[] pieces = {"a", "b", "A", "ab", "B", "ba", " ", "\n", "aB"};
        for (int i = 0; i < 400; i++) {
            toks.add(pieces[r.nextInt(pieces.length)]);
        }
        Trace t = new TraceBuilder("r").addTokens(toks).build();
        String query = new String[] {"ab", "Ba", "a b", "aa", "b"}[r.nextInt(5)];
        TextMatches m = TextSearch.find(t, query, false);
        String text = t.text().toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        List<Integer> expected = new ArrayList<>();
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length())) {
            expected.add(i);
        }
        assertEquals(expected.size(), m.count(), query);
        for (int k = 0; k < m.count(); k++) {
            int start = expected.get(k);
            assertEquals(start, m.charStart(k));
            assertTrue(t.tokenStart(m.firstToken(k)) <= start && start < t.tokenEnd(m.firstToken(k)));
            int last = start + q.length() - 1;
            assertTrue(t.tokenStart(m.endToken(k) - 1) <= last && last < t.tokenEnd(m.endToken(k) - 1));
        }
    }

    @Test
    void twoMatchesInOneTokenBothMapToIt() {
        Trace t = new TraceBuilder("t").addTokens(List.of("x", "aaaa", "y")).build();
        TextMatches m = TextSearch.find(t, "aa", true);
        assertEquals(2, m.count());
        assertArrayEquals(new int[] {1, 1}, tokens(m, true));
        assertArrayEquals(new int[] {2, 2}, tokens(m, false));
        assertEquals(0, m.matchAt(1), "the first of them");
    }

    @Test
    void theSearchStopsAtTheMatchLimitAndSaysSo() {
        List<String> toks = new ArrayList<>();
        for (int i = 0; i < TextSearch.MAX_MATCHES + 5; i++) {
            toks.add("a");
        }
        TextMatches m = TextSearch.find(new TraceBuilder("big", toks.size()).addTokens(toks).build(), "a", true);
        assertEquals(TextSearch.MAX_MATCHES, m.count());
        assertTrue(m.truncated());
        assertEquals(TextSearch.MAX_MATCHES - 1, m.firstToken(TextSearch.MAX_MATCHES - 1));
    }

    @Test
    void cancellingStopsASearchOfBackToBackMatches() {
        List<String> toks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            toks.add("ab");
        }
        Trace t = new TraceBuilder("ab", toks.size()).addTokens(toks).build();
        AtomicInteger asked = new AtomicInteger();
        TextMatches m = TextSearch.find(t, "ab", true, () -> asked.incrementAndGet() > 1);
        assertEquals(0, m.count());
        assertEquals(2, asked.get(), "asked before starting and again after 4,096 steps");
    }
}
