package dev.exitscope.analysis.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Checks ExitScope's answer checker against the labels of Qwen2.5-Math's evaluation harness on 30 MATH problems
 * with 8 samples each (src/test/resources/data/qwen25-math-maj8, MIT).
 */
class QwenMathAgreementTest {
    private static final String FILE = "/data/qwen25-math-maj8/math_cot_100.first30.jsonl";

    @Test
    void extractedAnswersAgreeWithTheDatasetPredictionsAndScores() throws IOException {
        ObjectMapper om = new ObjectMapper();
        int samples = 0;
        int predAgree = 0;
        int scoreAgree = 0;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FILE));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode rec = om.readTree(line);
                String gt = rec.get("gt").asText();
                for (int i = 0; i < rec.get("response").size(); i++) {
                    samples++;
                    String extracted = AnswerExtractor.extractFinal(rec.get("response").get(i).asText());
                    String pred = rec.get("pred").get(i).asText();
                    if (extracted != null && (AnswerEquivalence.equivalent(extracted, pred, null)
                            || AnswerNormalizer.normalize(extracted).equals(AnswerNormalizer.normalize(pred)))) {
                        predAgree++;
                    }
                    boolean correct = extracted != null && AnswerEquivalence.equivalent(extracted, gt, null);
                    if (correct == rec.get("score").get(i).asBoolean()) {
                        scoreAgree++;
                    }
                }
            }
        }
        assertEquals(240, samples);
        assertTrue(predAgree >= 0.95 * samples, "prediction agreement " + predAgree + "/" + samples);
        assertTrue(scoreAgree >= 0.97 * samples, "score agreement " + scoreAgree + "/" + samples);
    }
}
