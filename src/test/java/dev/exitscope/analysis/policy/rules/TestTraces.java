package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;

/** Hand-built traces with known token indices. */
final class TestTraces {
    private TestTraces() {
    }

    static TraceBuilder builder(String gold, String... tokens) {
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", gold, AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (String tok : tokens) {
            b.addToken(tok, -0.1f);
        }
        return b;
    }

    static Trace of(String gold, String... tokens) {
        return builder(gold, tokens).build();
    }

    static Trace withEntropy(float[] h, String... tokens) {
        TraceBuilder b = new TraceBuilder("t").question(new Question("q", "1", AnswerType.NUMERIC));
        b.thinkRange(null, null);
        for (int i = 0; i < tokens.length; i++) {
            b.addToken(tokens[i], -0.1f);
            b.setEntropy(h[i]);
        }
        return b.build();
    }

    static Trace withSeries(String name, float[] v) {
        String[] toks = new String[v.length];
        java.util.Arrays.fill(toks, "x");
        TraceBuilder b = builder("1", toks);
        return b.series(name, v).build();
    }
}
