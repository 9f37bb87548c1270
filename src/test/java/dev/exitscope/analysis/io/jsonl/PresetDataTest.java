package dev.exitscope.analysis.io.jsonl;

import static dev.exitscope.analysis.io.jsonl.JsonlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.answer.AnswerEquivalence;
import dev.exitscope.analysis.answer.AnswerNormalizer;
import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The three presets on the published corpora under src/test/resources/data (see each folder's README). */
class PresetDataTest {
    private static final String QWEN = "/data/qwen25-math-maj8/math_cot_100.first30.jsonl";
    private static final String GSM = "/data/zeroeval-o1/gsm_o1-mini-2024-09-12.first50.jsonl";
    private static final String MATH = "/data/zeroeval-o1/math-l5_o1-preview-2024-09-12.first50.jsonl";
    private static final String MARCO = "/data/marco-o1-cot/CoT_demo.first80.json";

    @Test
    void qwenRecordsBecomeGroupsOfEightWithDatasetLabelsApart() throws IOException {
        List<Trace> ts = read(QWEN, null);
        assertEquals(240, ts.size());
        Trace t = ts.get(9);
        assertEquals("1:1", t.id());
        assertEquals(new GroupRef("1", 1), t.group());
        assertEquals("\\frac{1}{9}", t.question().gold());
        assertEquals(AnswerType.NUMERIC, t.question().answerType());
        assertEquals("MIT", t.meta().license());
        assertEquals("Level 3", ts.get(0).meta().extra().get("level"));
        assertEquals("\\frac{1}{9}", t.meta().datasetAnswer());
        assertNull(t.thinkStart());
    }

    @Test
    void qwenFinalAnswersAgreeWithTheHarnessLabels() throws IOException {
        int predAgree = 0;
        int scoreAgree = 0;
        List<Trace> ts = read(QWEN, null);
        for (Trace t : ts) {
            String own = t.finalAnswer().answer();
            String pred = Objects.requireNonNull(t.meta().datasetAnswer());
            if (own != null && (AnswerEquivalence.equivalent(own, pred, null)
                    || AnswerNormalizer.normalize(own).equals(AnswerNormalizer.normalize(pred)))) {
                predAgree++;
            }
            if (Objects.equals(t.finalAnswer().correct(), t.meta().datasetCorrect())) {
                scoreAgree++;
            }
        }
        assertTrue(predAgree >= 0.95 * ts.size(), "prediction agreement " + predAgree);
        assertTrue(scoreAgree >= 0.97 * ts.size(), "score agreement " + scoreAgree);
    }

    @Test
    void zeroEvalRepliesNeedTheLenientReaderThirtyTimes() throws IOException {
        List<Trace> all = new java.util.ArrayList<>(read(GSM, null));
        all.addAll(read(MATH, null));
        assertEquals(100, all.size());
        assertEquals(30, count(all, "parse", "lenient"));
        assertEquals(69, count(all, "parse", "strict"));
        assertEquals(1, count(all, "parse", "none"));
    }

    @Test
    void zeroEvalGsmGoldLosesItsMarkAndReasoningIsTheThinkingBlock() throws IOException {
        Trace t = read(GSM, null).get(0);
        assertEquals("gsm8k-main-test-#0", t.id());
        assertEquals("18", t.question().gold());
        assertEquals("# 18", t.meta().extra().get("goldRaw"));
        assertEquals("openai/o1-mini-2024-09-12", t.meta().model());
        assertEquals(0, t.thinkStart());
        assertTrue(t.text().substring(0, t.tokenStart(t.thinkEnd())).startsWith("Janet's ducks lay 16 eggs"));
        assertTrue(t.text().endsWith("\n\n18"));
        assertEquals("18", t.finalAnswer().answer());
        assertTrue(t.finalAnswer().correct());
    }

    @Test
    void lenientReplyKeepsLatexBackslashes() throws IOException {
        Trace t = read(MATH, null).get(1);
        assertEquals("lenient", t.meta().extra().get("parse"));
        assertTrue(t.text().contains("\\("), t.text().substring(0, 80));
    }

    @Test
    void zeroEvalAccuracyMatchesTheHandChecks() throws IOException {
        assertEquals(49, correct(read(GSM, null)));
        assertEquals(48, correct(read(MATH, null)));
    }

    @Test
    void marcoRecordsKeepTheirThoughtBlockAndOneOutputIsUnclosed() throws IOException {
        List<Trace> ts = read(MARCO, null);
        assertEquals(80, ts.size());
        assertEquals(1, count(ts, "output", "unclosed"));
        assertEquals(79, count(ts, "output", "closed"));
        for (Trace t : ts) {
            assertEquals(0, t.thinkStart(), t.id());
            assertTrue(t.text().substring(0, t.tokenStart(t.thinkEnd())).endsWith("</Thought>"), t.id());
            assertEquals("Apache-2.0", t.meta().license());
        }
        assertEquals("CoT_demo.first80:0", ts.get(0).id());
    }

    private static long count(List<Trace> ts, String key, String value) {
        return ts.stream().filter(t -> value.equals(t.meta().extra().get(key))).count();
    }

    private static long correct(List<Trace> ts) {
        return ts.stream().filter(t -> Boolean.TRUE.equals(t.finalAnswer().correct())).count();
    }
}
