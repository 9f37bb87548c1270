package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.summary.SignalSummary;
import java.io.IOException;

/** The fields {@code inspect --signals --json} adds to a trace object, in the order of docs/cli.md. */
final class SignalJsonFields {
    private SignalJsonFields() {
    }

    static void write(JsonGenerator g, SignalSummary s) throws IOException {
        g.writeArrayFieldStart("steps");
        for (int[] st : s.steps()) {
            g.writeStartArray();
            g.writeNumber(st[0]);
            g.writeNumber(st[1]);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stepTypes");
        for (String t : s.stepTypes()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cues");
        for (int c : s.cues()) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("candidates");
        for (SignalSummary.Candidate c : s.candidates()) {
            g.writeStartObject();
            g.writeNumberField("token", c.token());
            g.writeNumberField("step", c.step());
            g.writeStringField("answer", c.answer());
            g.writeStringField("normalized", c.normalized());
            JsonFields.bool(g, "correct", c.correct());
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonFields.integer(g, "firstAnswerToken", s.firstAnswerToken());
        JsonFields.integer(g, "firstCorrectToken", s.firstCorrectToken());
        g.writeArrayFieldStart("redundancy");
        for (Double r : s.redundancy()) {
            if (r == null) {
                g.writeNull();
            } else {
                g.writeNumber(r);
            }
        }
        g.writeEndArray();
        JsonFields.number(g, "rpdiMax", s.rpdiMax());
    }
}
