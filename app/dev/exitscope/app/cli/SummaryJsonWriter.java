package dev.exitscope.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.summary.SignalSummary;
import dev.exitscope.analysis.summary.TraceSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Streams {@code {"traces":[…]}} with one object per {@link TraceSummary}, in the field order of docs/cli.md. */
final class SummaryJsonWriter implements AutoCloseable {
    private final JsonGenerator g;

    SummaryJsonWriter(PrintWriter out) throws IOException {
        g = new JsonFactory().createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.writeArrayFieldStart("traces");
    }

    void write(TraceSummary s, @Nullable SignalSummary sig) {
        try {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("file", s.file());
            g.writeStringField("format", s.format());
            JsonFields.string(g, "model", s.model());
            g.writeNumberField("tokens", s.tokens());
            g.writeNumberField("thinkTokens", s.thinkTokens());
            g.writeBooleanField("hasLogprobs", s.hasLogprobs());
            g.writeNumberField("topK", s.topK());
            JsonFields.number(g, "entropyMean", s.entropyMean());
            g.writeBooleanField("entropyApproximate", s.entropyApproximate());
            JsonFields.string(g, "finalAnswer", s.finalAnswer());
            JsonFields.string(g, "gold", s.gold());
            JsonFields.bool(g, "correct", s.correct());
            JsonFields.string(g, "groupId", s.groupId());
            JsonFields.integer(g, "sample", s.sample());
            if (sig != null) {
                SignalJsonFields.write(g, sig);
            }
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
