package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.policy.eval.CorpusEvaluation;
import dev.exitscope.analysis.policy.eval.Interval;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes {@code {"policies":[…]}} for {@code evaluate --json}, fields as in docs/cli.md and its schema. */
final class EvaluationJsonWriter {
    private EvaluationJsonWriter() {
    }

    static void write(PrintWriter out, List<CorpusEvaluation> results) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosingWriter(out))) {
            g.writeStartObject();
            g.writeArrayFieldStart("policies");
            for (CorpusEvaluation e : results) {
                write(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void write(JsonGenerator g, CorpusEvaluation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("policy", e.policy());
        g.writeObjectFieldStart("params");
        for (Map.Entry<String, String> p : e.params().entrySet()) {
            g.writeStringField(p.getKey(), p.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("traces", e.traces());
        g.writeNumberField("replayable", e.replayable());
        g.writeArrayFieldStart("needs");
        for (String n : e.needs()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeStringField("answerCostMode", e.answerCostMode());
        g.writeStringField("baseline", e.baseline());
        JsonFields.number(g, "savings", e.savings());
        JsonFields.number(g, "savingsMean", e.savingsMean());
        JsonFields.number(g, "savingsWithOverhead", e.savingsWithOverhead());
        JsonFields.number(g, "thinkingSavings", e.thinkingSavings());
        JsonFields.number(g, "accuracy", e.accuracy());
        JsonFields.number(g, "accuracyFull", e.accuracyFull());
        JsonFields.number(g, "deltaAccuracy", e.deltaAccuracy());
        JsonFields.number(g, "retention", e.retention());
        g.writeNumberField("rightToWrong", e.rightToWrong());
        g.writeNumberField("wrongToRight", e.wrongToRight());
        JsonFields.number(g, "prematureRate", e.prematureRate());
        JsonFields.number(g, "exitRate", e.exitRate());
        JsonFields.number(g, "meanExitPosition", e.meanExitPosition());
        g.writeObjectFieldStart("ci");
        interval(g, "savings", e.ciSavings());
        interval(g, "deltaAccuracy", e.ciDeltaAccuracy());
        g.writeEndObject();
        JsonFields.number(g, "mcnemarP", e.mcnemarP());
        g.writeBooleanField("pareto", e.pareto());
        g.writeEndObject();
    }

    private static void interval(JsonGenerator g, String name, @Nullable Interval i) throws IOException {
        g.writeFieldName(name);
        if (i == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeNumber(i.lo());
            g.writeNumber(i.hi());
            g.writeEndArray();
        }
    }
}
