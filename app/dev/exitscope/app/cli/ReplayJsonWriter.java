package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.ReplayResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Streams {@code {"answerCostMode":…,"results":[…]}}, one object per {@link ReplayResult}, null fields written as
 * null.
 */
final class ReplayJsonWriter implements AutoCloseable {
    private final JsonGenerator g;

    ReplayJsonWriter(PrintWriter out, AnswerCost answerCost) throws IOException {
        g = new JsonFactory().createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.writeStringField("answerCostMode", answerCost.wireName());
        g.writeArrayFieldStart("results");
    }

    void write(ReplayResult r) {
        try {
            g.writeStartObject();
            g.writeStringField("trace", r.trace());
            JsonFields.string(g, "winner", r.winner());
            g.writeStringField("policy", r.policy());
            g.writeObjectFieldStart("params");
            for (Map.Entry<String, String> e : r.params().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeBooleanField("replayable", r.replayable());
            g.writeArrayFieldStart("needs");
            for (String n : r.needs()) {
                g.writeString(n);
            }
            g.writeEndArray();
            JsonFields.integer(g, "exitToken", r.exitToken());
            g.writeStringField("reason", r.reason().wireName());
            g.writeNumberField("tokensTotal", r.tokensTotal());
            g.writeNumberField("tokensUsed", r.tokensUsed());
            g.writeNumberField("overheadTokens", r.overheadTokens());
            g.writeNumberField("answerCost", r.answerCost());
            g.writeNumberField("saved", r.saved());
            g.writeNumberField("thinkingTokens", r.thinkingTokens());
            g.writeNumberField("thinkingKept", r.thinkingKept());
            JsonFields.number(g, "thinkingSaved", r.thinkingSaved());
            g.writeStringField("answerSource", r.answerSource());
            JsonFields.string(g, "answer", r.answer());
            JsonFields.bool(g, "correct", r.correct());
            JsonFields.bool(g, "correctFull", r.correctFull());
            g.writeBooleanField("premature", r.premature());
            g.writeBooleanField("answerChanged", r.answerChanged());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
