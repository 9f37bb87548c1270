package dev.exitscope.views.tokentext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import org.junit.jupiter.api.Test;

class TokenLinesTest {
    private static final double LINE = 16;

    private static TokenTextModel model(String... tokens) {
        TraceBuilder b = new TraceBuilder("t", tokens.length);
        for (String s : tokens) {
            b.addToken(s, Float.NaN);
        }
        Trace t = b.build();
        int n = t.tokenCount();
        return TokenTextModel.of(t, new float[n], new float[n], new int[0], new String[0], new int[0], new int[0],
                new String[0]);
    }

    /** Ten pixels per character of the shown text; leading spaces hang by their width. */
    private static TokenLines wrap(TokenTextModel m, double width) {
        float[] w = new float[m.tokenCount()];
        for (int t = 0; t < w.length; t++) {
            w[t] = 10 * m.displayText(t).length();
        }
        return TokenLines.wrap(m, w, width, LINE, t -> m.displayText(t).startsWith(" ") ? 10 : 0);
    }

    private static int[] lineStarts(TokenLines l) {
        int[] s = new int[l.lineCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = l.lineStart(i);
        }
        return s;
    }

    @Test
    void wrapsBeforeTheLastWordThatFitsAndHangsItsSpace() {
        //                         0        1       2      3          4       5
        TokenTextModel m = model("Hello", " wor", "ld", " again", ".\n", "Next");
        TokenLines l = wrap(m, 100);
        // "Hello wor" is 90 px; "ld" would end at 110, so " world" moves down, its space hanging at -10.
        // " world" ends at 50 (from -10); " again" would end at 110 and nothing before it on the line may start
        // one, so it moves down too. The paragraph ends after ".\n"; "Next" starts the second one.
        assertArrayEquals(new int[] {0, 1, 3, 5}, lineStarts(l));
        assertEquals(0f, l.x(0));
        assertEquals(-10f, l.x(1));
        assertEquals(30f, l.x(2));
        assertEquals(-10f, l.x(3));
        assertEquals(50f, l.x(4));
        assertEquals(0f, l.x(5));
        assertEquals(2, l.paragraphCount());
        assertEquals(3, l.firstLine(1));
        assertEquals(0, l.paragraphOfLine(2));
        assertEquals(1, l.paragraphOfLine(3));
    }

    @Test
    void verticalPositionsAddLinesAndParagraphPadding() {
        TokenLines l = wrap(model("Hello", " wor", "ld", " again", ".\n", "Next"), 100);
        double pad = TokenLines.PARAGRAPH_PAD;
        assertEquals(0, l.paragraphTop(0));
        assertEquals(3 * LINE + 2 * pad, l.paragraphTop(1));
        assertEquals(pad + LINE, l.lineTop(1));
        assertEquals(3 * LINE + 3 * pad, l.lineTop(3));
        assertEquals(4 * LINE + 4 * pad, l.height());
    }

    @Test
    void hitTestingFindsTheTokenUnderAPoint() {
        TokenLines l = wrap(model("Hello", " wor", "ld", " again", ".\n", "Next"), 100);
        double pad = TokenLines.PARAGRAPH_PAD;
        assertEquals(0, l.tokenAt(49, pad + 1));
        assertEquals(-1, l.tokenAt(55, pad + 1), "past the end of the first line");
        assertEquals(1, l.tokenAt(-5, pad + LINE + 3), "the hanging space belongs to its token");
        assertEquals(2, l.tokenAt(30, pad + LINE + 3));
        assertEquals(4, l.tokenAt(55, pad + 2 * LINE + 1));
        assertEquals(-1, l.tokenAt(5, 3 * LINE + 2 * pad + 0.5), "in the padding above the second paragraph");
        assertEquals(5, l.tokenAt(5, 3 * LINE + 3 * pad + 1));
        assertEquals(-1, l.tokenAt(5, l.height() + 1));
    }

    @Test
    void aTokenThatMayStartALineMovesDownAloneInsteadOfTakingTheWordBeforeIt() {
        // "The quick brown" is 150 px and fits in 160; " fox" would end at 190, and a line may start at it
        TokenLines l = wrap(model("The", " quick", " brown", " fox"), 160);
        assertArrayEquals(new int[] {0, 3}, lineStarts(l));
    }

    @Test
    void aLineBreakTokenStaysAtTheEndOfAFullLine() {
        // "abcde fghij" fills the 110 px exactly; the return symbol (10 px) stays on it rather than wrap alone
        TokenLines l = wrap(model("abcde", " fghij", "\n\n", "next"), 110);
        assertArrayEquals(new int[] {0, 3}, lineStarts(l), "one paragraph line, then the next paragraph");
        assertEquals(110f, l.x(2));
    }

    @Test
    void aLongTokenAfterShortWordsLeavesThemOnTheirLine() {
        TokenLines l = wrap(model("a", " b", " " + "c".repeat(30), " d"), 100);
        assertArrayEquals(new int[] {0, 2, 3}, lineStarts(l), "'a b', the long token alone, then ' d'");
    }

    @Test
    void aTokenWiderThanTheLineGetsALineOfItsOwn() {
        TokenLines l = wrap(model("a", "bbbbbbbbbbbbbbbb", "c"), 100);
        assertArrayEquals(new int[] {0, 1, 2}, lineStarts(l));
        assertEquals(0f, l.x(1));
        assertEquals(0f, l.x(2));
    }

    @Test
    void everyLineFitsAndEveryTokenFollowsTheOneBeforeIt() {
        String[] tokens = new String[5000];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 50 == 49 ? ".\n" : i % 3 == 0 ? " w" + (i % 7) : "x" + "y".repeat(i % 5);
        }
        TokenTextModel m = model(tokens);
        TokenLines l = wrap(m, 230);
        for (int line = 0; line < l.lineCount(); line++) {
            int from = l.lineStart(line);
            int to = l.lineEnd(line);
            assertTrue(to > from, "line " + line + " is not empty");
            boolean startsParagraph = m.paragraphStart(m.paragraphOf(from)) == from;
            assertTrue(startsParagraph || m.breakBefore(from) || line > 0 && !anyBreak(m, l.lineStart(line - 1),
                    from), "line " + line + " starts where a line may start, or its line had no such place");
            for (int t = from + 1; t < to; t++) {
                assertEquals(l.x(t - 1) + l.width(t - 1), l.x(t), 1e-3, "token " + t + " follows token " + (t - 1));
            }
            if (to - from > 1) {
                assertTrue(l.x(to - 1) + l.width(to - 1) <= 230, "line " + line + " fits");
            }
        }
    }

    private static boolean anyBreak(TokenTextModel m, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (m.breakBefore(t)) {
                return true;
            }
        }
        return false;
    }
}
