package dev.exitscope.views.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class FindViewModelTest {
    private static final Executor DIRECT = Runnable::run;
    /** "x" at tokens 1, 3 and 6. */
    private static final Trace TRACE = new TraceBuilder("t")
            .addTokens(List.of("a", "x", "b", "x", "c", "d", "x")).build();

    @Test
    void typingAQueryFindsTheMatchesAndMakesTheFirstOneCurrent() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("x");
        assertEquals(3, m.getMatches().count());
        assertEquals(0, m.getCurrent());
        assertEquals(1, m.targetTokenProperty().get());
        assertEquals("1 of 3", m.getStatus());
    }

    @Test
    void nextAndPreviousStepThroughTheMatchesAndWrapAround() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("x");
        m.next();
        assertEquals(3, m.targetTokenProperty().get());
        m.next();
        assertEquals(6, m.targetTokenProperty().get());
        assertEquals("3 of 3", m.getStatus());
        m.next();
        assertEquals(1, m.targetTokenProperty().get());
        m.previous();
        assertEquals(6, m.targetTokenProperty().get());
        m.previous();
        assertEquals(3, m.targetTokenProperty().get());
    }

    @Test
    void theSearchStartsAtTheAnchorToken() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.setAnchorToken(4);
        m.queryProperty().set("x");
        assertEquals(2, m.getCurrent());
        assertEquals(6, m.targetTokenProperty().get());
        m.setAnchorToken(7);
        m.queryProperty().set("X");
        assertEquals(0, m.getCurrent(), "past the last match the search wraps to the first");
    }

    @Test
    void noMatchesSaysSoAndAnEmptyQuerySaysNothing() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("zz");
        assertEquals("No matches", m.getStatus());
        assertEquals(-1, m.getCurrent());
        assertEquals(-1, m.targetTokenProperty().get());
        m.next();
        assertEquals(-1, m.getCurrent());
        m.queryProperty().set("");
        assertEquals("", m.getStatus());
    }

    @Test
    void caseSensitivityAndANewTraceSearchAgain() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("X");
        assertEquals(3, m.getMatches().count());
        m.caseSensitiveProperty().set(true);
        assertEquals(0, m.getMatches().count());
        m.caseSensitiveProperty().set(false);
        m.traceProperty().set(new TraceBuilder("u").addTokens(List.of("x", "y")).build());
        assertEquals(1, m.getMatches().count());
        assertEquals("1 of 1", m.getStatus());
    }

    @Test
    void aSearchThatFinishesAfterANewerOneStartedIsDropped() {
        ArrayDeque<Runnable> work = new ArrayDeque<>();
        ArrayDeque<Runnable> handOver = new ArrayDeque<>();
        FindViewModel m = new FindViewModel(work::add, handOver::add);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("x");
        m.queryProperty().set("c");
        Runnable older = work.poll();
        Runnable newer = work.poll();
        newer.run();
        handOver.poll().run();
        assertEquals("c", m.getMatches().query());
        older.run();
        Runnable late = handOver.poll();
        if (late != null) {
            late.run();
        }
        assertEquals("c", m.getMatches().query(), "the older search for 'x' must not replace the newer result");
        assertEquals(4, m.targetTokenProperty().get());
    }

    @Test
    void aNewTraceClearsTheOldMatchesAtOnceAndSearchesFromItsStart() {
        ArrayDeque<Runnable> work = new ArrayDeque<>();
        FindViewModel m = new FindViewModel(work::add, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("x");
        work.poll().run();
        m.next();
        m.next();
        assertEquals(6, m.targetTokenProperty().get());
        m.traceProperty().set(new TraceBuilder("u").addTokens(List.of("x", "y", "x")).build());
        assertEquals(0, m.getMatches().count(), "no token indices of the old trace while the new one is searched");
        assertEquals(-1, m.getCurrent());
        work.poll().run();
        assertEquals(2, m.getMatches().count());
        assertEquals(0, m.targetTokenProperty().get(), "the search starts at the new trace's first token");
    }

    @Test
    void everyMoveIsRevealedEvenToTheSameMatch() {
        List<Integer> revealed = new java.util.ArrayList<>();
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.setOnReveal(revealed::add);
        m.traceProperty().set(new TraceBuilder("one").addTokens(List.of("a", "x", "b")).build());
        m.queryProperty().set("x");
        m.next();
        m.previous();
        assertEquals(List.of(1, 1, 1), revealed);
    }

    @Test
    void reanchoringPicksTheFirstMatchAtOrAfterTheNewAnchor() {
        FindViewModel m = new FindViewModel(DIRECT, DIRECT);
        m.traceProperty().set(TRACE);
        m.queryProperty().set("x");
        m.setAnchorToken(5);
        m.reanchor();
        assertEquals(2, m.getCurrent());
        m.setAnchorToken(2);
        m.reanchor();
        assertEquals(1, m.getCurrent());
    }
}
