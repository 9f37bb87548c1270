package dev.exitscope.analysis.policy.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FirstFinishTest {
    private static final Map<String, ReplayResult> QWEN = new HashMap<>();

    @BeforeAll
    static void replayQwenGroups() throws Exception {
        GroupBuffer buffer = new GroupBuffer();
        Importers.standard().read(InputSource.of(Path.of("sample-traces/qwen25-math/math_cot_100.traces.jsonl")),
                ImportOptions.DEFAULT, buffer::add);
        for (ReplayResult r : buffer.replay()) {
            QWEN.put(r.trace(), r);
        }
    }

    @Test
    void everyQwenQuestionIsOneGroupRow() {
        assertEquals(10, QWEN.size());
        QWEN.values().forEach(r -> assertEquals(ExitReason.FIRST_FINISH, r.reason()));
    }

    @Test
    void mixedGroupSixShortestSampleIsRightAndSoIsTheVote() {
        // lengths 1111, 513, 504, 606, 506, 863, 775, 818 (inspect --json): sample 2 finishes first with 504
        // tokens and answers 3/8 (gold 3/8); votes 3/8 ×3, 5/16 ×2, 3/4, 1/4, 3/16 → majority 3/8.
        ReplayResult r = QWEN.get("6");
        assertEquals("6:2", r.winner());
        assertEquals(504, r.exitToken());
        assertEquals(8 * 504, r.tokensUsed());
        assertEquals(5696, r.tokensTotal());
        assertEquals(1.0 - 4032.0 / 5696.0, r.saved(), 1e-12);
        assertEquals("\\frac{3}{8}", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
        assertEquals(Boolean.TRUE, r.correctFull());
        assertFalse(r.premature());
        assertFalse(r.answerChanged());
        assertEquals("final", r.answerSource());
    }

    @Test
    void mixedGroupSeventeenTiedVoteGoesToTheAnswerGivenFirst() {
        // lengths 280, 251, 302, 282, 253, 281, 360, 282: sample 1 wins with 251 tokens, answer 6290000 (right).
        // Votes 6290000 ×4 (samples 0, 1, 4, 5) and 6287000 ×4: tie → sample 0's answer 6290000, right.
        ReplayResult r = QWEN.get("17");
        assertEquals("17:1", r.winner());
        assertEquals(251, r.exitToken());
        assertEquals(2008, r.tokensUsed());
        assertEquals(2291, r.tokensTotal());
        assertEquals("6290000", r.answer());
        assertEquals(Boolean.TRUE, r.correct());
        assertEquals(Boolean.TRUE, r.correctFull());
        assertFalse(r.answerChanged());
    }

    @Test
    void mixedGroupTwentyEightShortestSampleIsWrong() {
        // lengths 1787, 2037, 1054, 1632, 1341, 894, 1549, 1618: sample 5 wins with 894 tokens and answers 2
        // (gold 4). Votes 11 ×2 (samples 0, 1), 4 ×2 (2, 4), 15, 2, 3, 13: tie → sample 0's 11, also wrong.
        ReplayResult r = QWEN.get("28");
        assertEquals("28:5", r.winner());
        assertEquals(894, r.exitToken());
        assertEquals(7152, r.tokensUsed());
        assertEquals(11912, r.tokensTotal());
        assertEquals("2", r.answer());
        assertEquals(Boolean.FALSE, r.correct());
        assertEquals(Boolean.FALSE, r.correctFull());
        assertFalse(r.premature());
        assertTrue(r.answerChanged());
    }

    @Test
    void allWrongGroupThreeStaysWrong() {
        // lengths 277, 265, 259, 277, 324, 283, 330, 270: sample 2 wins with 259; every sample says 4:30 p.m.
        // while the gold is written "4:30p.." → wrong under both.
        ReplayResult r = QWEN.get("3");
        assertEquals("3:2", r.winner());
        assertEquals(2072, r.tokensUsed());
        assertEquals(2285, r.tokensTotal());
        assertEquals(Boolean.FALSE, r.correct());
        assertEquals(Boolean.FALSE, r.correctFull());
        assertFalse(r.answerChanged());
    }

    @Test
    void tiesOnLengthGoToTheLowestSampleIndexWhateverTheInputOrder() {
        GroupSample a = new GroupSample("g:3", 3, 10, "1", true, true, null);
        GroupSample b = new GroupSample("g:1", 1, 10, "2", false, true, null);
        GroupSample c = new GroupSample("g:0", 0, 12, "2", false, true, null);
        ReplayResult r = FirstFinish.replay("g", List.of(a, b, c));
        assertEquals("g:1", r.winner());
        assertEquals(30, r.tokensUsed());
        assertEquals(32, r.tokensTotal());
        assertEquals(Boolean.FALSE, r.correct());
        assertEquals(Boolean.FALSE, r.correctFull());
    }

    @Test
    void emptyGroupIsNotReplayableAndCostsNothing() {
        ReplayResult r = FirstFinish.replay("empty", List.of());
        assertFalse(r.replayable());
        assertEquals(List.of("group"), r.needs());
        assertEquals(0, r.tokensTotal());
        assertEquals(0, r.tokensUsed());
        assertEquals(0.0, r.saved());
        assertNull(r.winner());
        assertNull(r.exitToken());
    }

    @Test
    void withoutGoldCorrectnessIsUnknownAndWithGoldAMissingAnswerIsWrong() {
        ReplayResult noGold = FirstFinish.replay("g", List.of(new GroupSample("a", 0, 5, "7", null, false, null)));
        assertNull(noGold.correct());
        assertNull(noGold.correctFull());
        ReplayResult noAnswer = FirstFinish.replay("g",
                List.of(new GroupSample("a", 0, 5, null, null, true, null),
                        new GroupSample("b", 1, 9, "7", true, true, null)));
        assertEquals(Boolean.FALSE, noAnswer.correct());
        assertEquals(Boolean.TRUE, noAnswer.correctFull());
        assertTrue(noAnswer.premature());
        assertTrue(noAnswer.answerChanged());
    }
}
