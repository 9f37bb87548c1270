package dev.exitscope.analysis.policy.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The first closing tag in the text seen so far, checked after every token against {@code String.indexOf} of each
 * tag over that text, on random texts whose tags (and near-misses such as {@code </thin} or {@code </b>}) are split
 * across tokens.
 */
class ThinkingEndTest {
    private static final String[] PIECES = {"</", "think>", "</think>", "</Thought>", "</Thou", "ght>", "</thin",
        "</b>", "<", "/", "x", " Wait", "\n", "Thought>", "k>"};

    @Test
    void findsTheFirstTagOfEitherKindAsItArrives() {
        int found = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            TraceBuilder b = new TraceBuilder("t" + seed);
            int n = 1 + rnd.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.addToken(PIECES[rnd.nextInt(PIECES.length)], Float.NaN);
            }
            Trace trace = b.build();
            TracePrefix cursor = new TracePrefix(trace);
            ThinkingEnd end = new ThinkingEnd();
            while (cursor.advance()) {
                if (rnd.nextInt(3) == 0) {
                    continue;
                }
                String seen = trace.text().substring(0, cursor.text().length());
                int first = firstOf(seen);
                int c = rnd.nextInt(seen.length() + 1);
                assertEquals(first < 0 || c < first, end.thinking(cursor, c),
                        "seed " + seed + " '" + seen + "' c=" + c);
                found += first >= 0 ? 1 : 0;
            }
        }
        assertTrue(found > 100, "too few texts with a tag: " + found);
    }

    private static int firstOf(String s) {
        int a = s.indexOf("</think>");
        int b = s.indexOf("</Thought>");
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
