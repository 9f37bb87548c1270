package dev.exitscope.analysis.signals.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.signals.CueRule;
import dev.exitscope.analysis.signals.CueSeen;
import dev.exitscope.analysis.signals.IncrementalRunner;
import dev.exitscope.analysis.signals.SignalEvent;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The DEER rule's literal search gives, on random texts cut into random tokens, exactly the matches a plain
 * char-by-char search finds: every occurrence, reported at the token holding its last char, the longest cue when
 * several end at one char, in order of their end.
 */
class LiteralCueScanTest {
    private static final List<String> CUES = List.of("Wait", "ait", "Alternatively", "WaitWait", "a");
    private static final String[] PIECES = {"Wait", "Wa", "it", " ", ",", "Alter", "natively", "x", "a", "W", "ai",
        "t", "\n", "Waiting", "é"};

    /** Every (token, cue, start) a char-by-char search finds. */
    private static List<String> expected(Trace t, List<String> cues) {
        String text = t.text();
        List<String> out = new ArrayList<>();
        for (int end = 0; end < text.length(); end++) {
            String best = null;
            for (String c : cues) {
                int start = end - c.length() + 1;
                if (start >= 0 && text.startsWith(c, start) && (best == null || c.length() > best.length())) {
                    best = c;
                }
            }
            if (best != null) {
                int token = 0;
                while (t.tokenStart(token + 1) <= end) {
                    token++;
                }
                out.add(token + " " + best + " " + (end - best.length() + 1));
            }
        }
        return out;
    }

    @Test
    void literalSearchFindsWhatACharByCharSearchFinds() {
        int matches = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            TraceBuilder b = new TraceBuilder("t");
            b.thinkRange(null, null);
            int n = 1 + rnd.nextInt(60);
            for (int i = 0; i < n; i++) {
                StringBuilder tok = new StringBuilder();
                int parts = 1 + rnd.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    tok.append(PIECES[rnd.nextInt(PIECES.length)]);
                }
                b.addToken(tok.toString(), -0.1f);
            }
            Trace t = b.build();
            for (List<String> cues : List.of(CUES, List.of("Wait"), List.of("Alternatively", "Wait"))) {
                List<String> got = new ArrayList<>();
                for (SignalEvent e : IncrementalRunner.run(t, List.of(new CueDetector(CueRule.DEER, cues)))) {
                    CueSeen c = (CueSeen) e;
                    got.add(c.token() + " " + c.cue() + " " + c.startChar());
                }
                List<String> want = expected(t, cues);
                assertEquals(want, got, "seed " + seed + " cues " + cues + " text " + t.text());
                matches += want.size();
            }
        }
        assertTrue(matches > 200, "only " + matches + " matches");
    }
}
