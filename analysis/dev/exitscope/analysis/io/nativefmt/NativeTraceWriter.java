package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TopK;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes traces in the native format ({@code exitscope/1}, see {@code docs/trace-format.md}) with a streaming
 * generator. {@code format} comes first; floats are written in their shortest exact decimal form so
 * float → text → float is lossless; NaN becomes {@code null} and an infinity {@code ±1e999}, which reads back as
 * the same infinity. Stateless and thread-safe.
 */
public final class NativeTraceWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private NativeTraceWriter() {
    }

    /** How a trace object is laid out. */
    public enum Layout {
        /** One line, no spaces: a JSON Lines record. */
        LINE,
        /** One field a line for the top levels, compact token arrays: a {@code .trace.json} file. */
        FILE
    }

    /** A generator over {@code out} that leaves {@code out} open when closed. */
    public static JsonGenerator generator(OutputStream out, Layout layout) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (layout == Layout.FILE) {
            g.setPrettyPrinter(NativeLayout.INSTANCE);
        }
        return g;
    }

    /** The trace as one JSON text in the given layout. */
    public static String toJson(Trace t, Layout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = generator(out, layout)) {
            write(t, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes one trace object with {@code g}. */
    public static void write(Trace t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", NativeFormat.FORMAT);
        g.writeStringField("id", t.id());
        writeMeta(t.meta(), g);
        writeQuestion(t.question(), g);
        GroupRef group = t.group();
        if (group != null) {
            g.writeObjectFieldStart("group");
            g.writeStringField("id", group.id());
            g.writeNumberField("sample", group.sample());
            g.writeEndObject();
        }
        writeDecoding(t.decoding(), g);
        if (t.prompt() != null) {
            g.writeStringField("prompt", t.prompt());
        }
        writeTokens(t, g);
        Integer thinkStart = t.thinkStart();
        if (thinkStart != null && thinkStart != 0) {
            g.writeNumberField("thinkStart", thinkStart);
        }
        g.writeFieldName("thinkEnd");
        writeInteger(t.thinkEnd(), g);
        writeSeries(t, g);
        writeProbes(t, g);
        writeFinal(t.finalAnswer(), g);
        g.writeEndObject();
    }

    private static void writeMeta(TraceMeta m, JsonGenerator g) throws IOException {
        if (m.equals(TraceMeta.EMPTY)) {
            return;
        }
        g.writeObjectFieldStart("meta");
        optionalString("model", m.model(), g);
        optionalString("source", m.source(), g);
        optionalString("license", m.license(), g);
        optionalString("datasetAnswer", m.datasetAnswer(), g);
        if (m.datasetCorrect() != null) {
            g.writeBooleanField("datasetCorrect", m.datasetCorrect());
        }
        if (m.synthetic()) {
            g.writeBooleanField("synthetic", true);
        }
        if (!m.extra().isEmpty()) {
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, String> e : m.extra().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeQuestion(Question q, JsonGenerator g) throws IOException {
        if (q.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("question");
        optionalString("text", q.text(), g);
        optionalString("gold", q.gold(), g);
        if (q.answerType() != null) {
            g.writeStringField("answerType", q.answerType().wireName());
        }
        g.writeEndObject();
    }

    private static void writeDecoding(Decoding d, JsonGenerator g) throws IOException {
        if (d.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("decoding");
        optionalDouble("temperature", d.temperature(), g);
        optionalDouble("topP", d.topP(), g);
        if (d.seed() != null) {
            g.writeNumberField("seed", d.seed());
        }
        if (d.maxTokens() != null) {
            g.writeNumberField("maxTokens", d.maxTokens());
        }
        g.writeEndObject();
    }

    private static void writeTokens(Trace t, JsonGenerator g) throws IOException {
        int n = t.tokenCount();
        g.writeObjectFieldStart("tokens");
        g.writeArrayFieldStart("text");
        for (int i = 0; i < n; i++) {
            g.writeString(t.tokenText(i));
        }
        g.writeEndArray();
        if (t.hasLogprobs()) {
            g.writeArrayFieldStart("logprob");
            for (int i = 0; i < n; i++) {
                writeFloat(t.logprob(i), g);
            }
            g.writeEndArray();
        }
        if (t.hasExactEntropy()) {
            g.writeArrayFieldStart("entropy");
            for (int i = 0; i < n; i++) {
                writeFloat(t.entropy(i), g);
            }
            g.writeEndArray();
        }
        if (t.hasTokenIds()) {
            g.writeArrayFieldStart("id");
            for (int i = 0; i < n; i++) {
                int id = t.tokenId(i);
                writeInteger(id < 0 ? null : id, g);
            }
            g.writeEndArray();
        }
        TopK k = t.topK();
        if (k != null) {
            writeTopK(k, g);
        }
        g.writeEndObject();
    }

    private static void writeTopK(TopK k, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("topK");
        g.writeNumberField("k", k.k());
        g.writeArrayFieldStart("text");
        for (int i = 0; i < k.positions(); i++) {
            g.writeStartArray();
            for (int j = 0; j < k.count(i); j++) {
                g.writeString(k.text(i, j));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("logprob");
        for (int i = 0; i < k.positions(); i++) {
            g.writeStartArray();
            for (int j = 0; j < k.count(i); j++) {
                writeFloat(k.logprob(i, j), g);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSeries(Trace t, JsonGenerator g) throws IOException {
        if (t.seriesNames().isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("series");
        for (String name : t.seriesNames()) {
            g.writeArrayFieldStart(name);
            for (int i = 0; i < t.tokenCount(); i++) {
                writeFloat(t.series(name, i), g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeProbes(Trace t, JsonGenerator g) throws IOException {
        if (t.probes().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("probes");
        for (Probe p : t.probes()) {
            g.writeStartObject();
            g.writeStringField("kind", p.kind());
            g.writeNumberField("at", p.at());
            optionalString("answer", p.answer(), g);
            optionalDouble("confidence", p.confidence(), g);
            optionalDouble("p", p.p(), g);
            optionalString("text", p.text(), g);
            if (!p.out().isEmpty()) {
                g.writeArrayFieldStart("out");
                for (ProbeToken o : p.out()) {
                    g.writeStartObject();
                    g.writeStringField("text", o.text());
                    if (!Float.isNaN(o.logprob())) {
                        g.writeFieldName("logprob");
                        writeFloat(o.logprob(), g);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (p.correct() != null) {
                g.writeBooleanField("correct", p.correct());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFinal(FinalAnswer f, JsonGenerator g) throws IOException {
        if (f.answer() == null && f.correct() == null) {
            return;
        }
        g.writeObjectFieldStart("final");
        optionalString("answer", f.answer(), g);
        if (f.correct() != null) {
            g.writeBooleanField("correct", f.correct());
        }
        g.writeEndObject();
    }

    private static void optionalString(String name, @Nullable String value, JsonGenerator g) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void optionalDouble(String name, @Nullable Double value, JsonGenerator g) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            if (Double.isNaN(value)) {
                g.writeNull();
            } else if (Double.isInfinite(value)) {
                g.writeNumber(value > 0 ? "1e999" : "-1e999");
            } else {
                g.writeNumber(value);
            }
        }
    }

    private static void writeFloat(float f, JsonGenerator g) throws IOException {
        if (Float.isNaN(f)) {
            g.writeNull();
        } else if (Float.isInfinite(f)) {
            g.writeNumber(f > 0 ? "1e999" : "-1e999");
        } else {
            g.writeNumber(f);
        }
    }

    private static void writeInteger(@Nullable Integer v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }
}
