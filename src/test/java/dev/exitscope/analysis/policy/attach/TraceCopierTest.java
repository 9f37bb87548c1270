package dev.exitscope.analysis.policy.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceCopierTest {
    @Test
    void aCopyBuiltUnchangedEqualsTheOriginal() {
        TraceBuilder b = new TraceBuilder("rich");
        b.meta(TraceMeta.EMPTY.withModel("m").withExtra("vocabSize", "10"));
        b.question(new Question("q", "4", AnswerType.NUMERIC)).group(new GroupRef("g", 2))
                .decoding(new Decoding(0.6, 0.95, 7L, 100)).prompt("p");
        b.declareTopK(3);
        String[] tokens = {"<think>", "2+2", "</think>", " \\boxed{4}"};
        for (int i = 0; i < tokens.length; i++) {
            b.addToken(tokens[i], -0.5f * i);
            b.setTokenId(i == 1 ? -1 : 100 + i);
            if (i != 2) {
                b.setEntropy(0.25f * i);
            }
            for (int j = 0; j < i % 3; j++) {
                b.addAlternative("alt" + j, -1f - j);
            }
        }
        b.series("harm", new float[] {0.1f, Float.NaN, 0.3f, 0.4f});
        b.probe(new Probe("forced", 2, "4", 0.9, "4}", List.of(new ProbeToken("4", -0.1f)), true, null));
        Trace t = b.build();
        Trace copy = TraceCopier.copy(t).build();
        assertEquals(t, copy);
        assertEquals(t.thinkEnd(), copy.thinkEnd());
        assertEquals(t.finalAnswer(), copy.finalAnswer());
    }
}
