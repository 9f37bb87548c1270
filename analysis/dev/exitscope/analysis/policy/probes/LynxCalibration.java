package dev.exitscope.analysis.policy.probes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.exitscope.analysis.io.FileProblems;
import dev.exitscope.analysis.io.JsonSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * LYNX's class-conditional split-conformal thresholds (arXiv 2512.05325, farukakgul/LYNX): {@code qPos} bounds the
 * score {@code 1 − p} of events whose forced answer was correct, {@code qNeg} the score {@code p} of events whose
 * forced answer was wrong. The prediction set of an event with probe probability p is
 * {@code {1 if 1 − p ≤ qPos} ∪ {0 if p ≤ qNeg}}; LYNX exits at the first event whose set is exactly {1}. Stored as
 * {@code calib.json} ({@code docs/schemas/calibration.schema.json}); {@link #read} also takes the file LYNX's own
 * {@code lynx/calibrate_conformal.py} writes ({@code delta}, {@code q_pos}, {@code q_neg}, {@code n_pos},
 * {@code n_neg}, an empty class as {@code Infinity}). Immutable and thread-safe.
 *
 * @param rank   how the quantile was taken when its rank exceeded a class size
 * @param source where the events came from (file names), for the record
 */
public record LynxCalibration(double delta, double qPos, double qNeg, int nPos, int nNeg, LynxRank rank,
        String source) {
    public static final String METHOD = "lynx-class-conditional-split-conformal";

    /** Thresholds calibrated with the strict rank rule. */
    public LynxCalibration(double delta, double qPos, double qNeg, int nPos, int nNeg, String source) {
        this(delta, qPos, qNeg, nPos, nNeg, LynxRank.STRICT, source);
    }

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
            g.writeStringField("rank", rank.wireName());
            g.writeStringField("source", source);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Reads a calibration file: ExitScope's ({@code "method"} set; {@code rank} absent means strict) or LYNX's own
     * ({@code q_pos} and {@code q_neg}, read as ranked the authors' way). A malformed one fails with a message
     * naming the file and the field.
     */
    public static LynxCalibration read(Path file) throws IOException {
        FileProblems.requireReadableFile(file, false);
        Map<String, Object> fields = new HashMap<>();
        JsonFactory factory = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        try (JsonParser p = factory.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(file, "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                    fields.put(name, p.getDoubleValue());
                } else if (v == JsonToken.VALUE_STRING) {
                    fields.put(name, p.getText());
                } else {
                    p.skipChildren();
                    fields.put(name, v);
                }
            }
        } catch (JsonProcessingException e) {
            throw bad(file, "not valid JSON (" + JsonSupport.problem(e, null) + ")");
        }
        if (!fields.containsKey("method") && fields.containsKey("q_pos")) {
            return new LynxCalibration(optional(file, fields, "delta"), number(file, fields, "q_pos"),
                    number(file, fields, "q_neg"), count(file, fields, "n_pos"), count(file, fields, "n_neg"),
                    LynxRank.AUTHORS, "LYNX calibrate_conformal.py: " + file.getFileName());
        }
        if (!METHOD.equals(fields.get("method"))) {
            throw bad(file, "expected \"method\": \"" + METHOD + "\", or LYNX's \"q_pos\" and \"q_neg\"");
        }
        if (!fields.containsKey("delta") || !fields.containsKey("qPos") || !fields.containsKey("qNeg")) {
            throw bad(file, "expected numbers \"delta\", \"qPos\" and \"qNeg\"");
        }
        Object rank = fields.getOrDefault("rank", LynxRank.STRICT.wireName());
        LynxRank r;
        try {
            r = LynxRank.of(String.valueOf(rank));
        } catch (IllegalArgumentException e) {
            throw bad(file, "expected \"rank\" to be \"strict\" or \"authors\"");
        }
        Object source = fields.get("source");
        return new LynxCalibration(number(file, fields, "delta"), number(file, fields, "qPos"),
                number(file, fields, "qNeg"), count(file, fields, "nPos"), count(file, fields, "nNeg"), r,
                source instanceof String ? (String) source : "");
    }

    private static double number(Path file, Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (!(v instanceof Double)) {
            throw bad(file, "expected \"" + name + "\" to be a number");
        }
        return (Double) v;
    }

    private static double optional(Path file, Map<String, Object> fields, String name) {
        return fields.containsKey(name) ? number(file, fields, name) : Double.NaN;
    }

    private static int count(Path file, Map<String, Object> fields, String name) {
        return fields.containsKey(name) ? (int) number(file, fields, name) : 0;
    }

    private static IllegalArgumentException bad(Path file, String problem) {
        return new IllegalArgumentException(file + ": " + problem);
    }
}
