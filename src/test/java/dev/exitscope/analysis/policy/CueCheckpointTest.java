package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.signals.TracePrefix;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DEER's replay reveals the tokens between its cues without asking it (its cue detector says where the next literal
 * match completes); the rows must be those of replay that asks at every token, on traces whose cues are split
 * across tokens, repeated inside one token, embedded in longer words and placed after {@code </think>}.
 */
class CueCheckpointTest {
    /** Fragments chosen so that "Wait" and "Alternatively" also arise across token boundaries. */
    private static final String[] PIECES = {" Wait", "Wa", "it", " so", " x", "WaitWait", " Waiting", ",", " Al",
        "ternatively", " Alternatively", " \\boxed{4}", "\n\n", " the", "W", "ait", " check", "."};
    private static final List<String> SPECS = List.of("deer", "deer:threshold=0.5", "deer:threshold=0.99",
            "deer:cue=alternatively", "deer:variant=qwen3", "deer:maxJudges=2,threshold=0.9");

    @Test
    void tokensToSeeIsTheCountThatRevealsTheMatchsLastChar() {
        TraceBuilder b = new TraceBuilder("t");
        for (String s : new String[] {"ab", "Wa", "it", "", "Wait", "x"}) {
            b.addToken(s, Float.NaN);
        }
        TracePrefix cursor = new TracePrefix(b.build());
        // "abWaitWaitx": the first "Wait" is chars 2..5, its last char in token 2 ("it"); the second in token 4
        assertEquals(3, cursor.tokensToSee("Wait", 0));
        assertEquals(5, cursor.tokensToSee("Wait", 3));
        assertEquals(Integer.MAX_VALUE, cursor.tokensToSee("Wait", 7));
        assertEquals(1, cursor.tokensToSee("a", 0));
        assertEquals(6, cursor.tokensToSee("x", 0));
        cursor.advanceTo(2);
        assertEquals(-1, cursor.indexOf("Wait", 0), "the match is not seen before its last char");
        cursor.advanceTo(3);
        assertEquals(2, cursor.indexOf("Wait", 0));
    }

    @Test
    void skippingToCuesChangesNoRow() {
        PolicyRegistry registry = PolicyCatalog.standard();
        int exits = 0;
        int rows = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Trace t = trace(seed);
            for (String spec : SPECS) {
                StoppingPolicy p = registry.create(spec);
                ReplayResult fast = ReplayEngine.replay(t, p);
                ReplayResult logged = ReplayEngine.log(t, p).result();
                assertEquals(logged, fast, spec + " seed " + seed);
                exits += fast.exitToken() == null ? 0 : 1;
                rows++;
            }
        }
        assertTrue(exits > rows / 5 && exits < rows,
                exits + " exits in " + rows + " rows: the comparison proves little");
    }

    /**
     * Random pieces with a DEER trial at every token (so a cue's trial always exists), confidences spread around the
     * thresholds, and a thinking block that closes part-way in half of the traces.
     */
    private static Trace trace(long seed) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(120);
        TraceBuilder b = new TraceBuilder("cue" + seed).question(new Question("q", "4", AnswerType.NUMERIC));
        b.addToken("<think>", -0.1f);
        int close = rnd.nextBoolean() ? 20 + rnd.nextInt(n - 20) : -1;
        for (int i = 1; i < n; i++) {
            b.addToken(i == close ? "</think>" : PIECES[rnd.nextInt(PIECES.length)], -0.1f);
        }
        for (int at = 0; at <= n; at++) {
            String answer = rnd.nextInt(3) == 0 ? "5" : "4";
            double p = 0.3 + 0.7 * rnd.nextDouble();
            b.probe(new Probe("deer", at, answer, null, "{" + answer + "}", List.of(new ProbeToken("{", 0f),
                    new ProbeToken(answer, (float) Math.log(p)), new ProbeToken("}", 0f)), null, null));
        }
        return b.build();
    }
}
