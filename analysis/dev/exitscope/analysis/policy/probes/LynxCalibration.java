package dev.exitscope.analysis.policy.probes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * LYNX's class-conditional split-conformal thresholds (arXiv 2512.05325, farukakgul/LYNX): {@code qPos} bounds the
 * score {@code 1 − p} of events whose forced answer was correct, {@code qNeg} the score {@code p} of events whose
 * forced answer was wrong. The prediction set of an event with probe probability p is
 * {@code {1 if 1 − p ≤ qPos} ∪ {0 if p ≤ qNeg}}; LYNX exits at the first event whose set is exactly {1}. Stored as
 * {@code calib.json} ({@code docs/schemas/calibration.schema.json}). Immutable and thread-safe.
 *
 * @param source where the events came from (file names), for the record
 */
public record LynxCalibration(double delta, double qPos, double qNeg, int nPos, int nNeg, String source) {
    public static final String METHOD = "lynx-class-conditional-split-conformal";

    /** Whether an event with probe probability {@code p} lets LYNX exit: its prediction set is exactly {1}. */
    public boolean exits(double p) {
        return 1 - p <= qPos && !(p <= qNeg);
    }

    /** Writes this calibration as JSON. */
    public void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("method", METHOD);
            g.writeNumberField("delta", delta);
            g.writeNumberField("qPos", qPos);
            g.writeNumberField("qNeg", qNeg);
            g.writeNumberField("nPos", nPos);
            g.writeNumberField("nNeg", nNeg);
            g.writeStringField("source", source);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Reads a calibration file; a malformed one fails with a message naming the file and the field. */
    public static LynxCalibration read(Path file) throws IOException {
        Double delta = null;
        Double qPos = null;
        Double qNeg = null;
        int nPos = 0;
        int nNeg = 0;
        String source = "";
        String method = null;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "method":
                        method = p.getValueAsString();
                        break;
                    case "delta":
                        delta = number(file, p, v, name);
                        break;
                    case "qPos":
                        qPos = number(file, p, v, name);
                        break;
                    case "qNeg":
                        qNeg = number(file, p, v, name);
                        break;
                    case "nPos":
                        nPos = (int) number(file, p, v, name);
                        break;
                    case "nNeg":
                        nNeg = (int) number(file, p, v, name);
                        break;
                    case "source":
                        source = p.getValueAsString("");
                        break;
                    default:
                        p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw bad(file, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!METHOD.equals(method)) {
            throw bad(file, "expected \"method\": \"" + METHOD + "\"");
        }
        if (delta == null || qPos == null || qNeg == null) {
            throw bad(file, "expected numbers \"delta\", \"qPos\" and \"qNeg\"");
        }
        return new LynxCalibration(delta, qPos, qNeg, nPos, nNeg, source);
    }

    private static double number(Path file, JsonParser p, @Nullable JsonToken t, String name) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw bad(file, "expected \"" + name + "\" to be a number");
        }
        return p.getDoubleValue();
    }

    private static IllegalArgumentException bad(Path file, String problem) {
        return new IllegalArgumentException(file + ": " + problem);
    }
}
