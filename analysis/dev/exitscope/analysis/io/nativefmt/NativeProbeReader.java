package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads the {@code probes} array of a native trace. Stateless. */
final class NativeProbeReader {
    private NativeProbeReader() {
    }

    /** A probe as read, with where its {@code at} field was, for the later check against the token count. */
    record Located(Probe probe, JsonLocation atLocation) {
    }

    static List<Located> readAll(JsonCursor c) throws IOException {
        List<Located> out = new ArrayList<>();
        if (c.isNull()) {
            return out;
        }
        c.startArray("probes");
        while (c.nextElement()) {
            c.checkRoom(out.size(), "probes");
            out.add(readOne(c, "probes[" + out.size() + "]"));
        }
        return out;
    }

    private static Located readOne(JsonCursor c, String field) throws IOException {
        JsonLocation start = c.here();
        c.startObject(field);
        String kind = null;
        JsonLocation kindAt = start;
        Integer at = null;
        JsonLocation atAt = start;
        String answer = null;
        Double confidence = null;
        String text = null;
        List<ProbeToken> out = List.of();
        Boolean correct = null;
        Double p = null;
        String name;
        while ((name = c.nextField()) != null) {
            switch (name) {
                case "kind":
                    kindAt = c.here();
                    kind = c.string(field + ".kind");
                    break;
                case "at":
                    atAt = c.here();
                    at = c.integer(field + ".at", 0);
                    break;
                case "answer":
                    answer = c.stringOrNull(field + ".answer");
                    break;
                case "confidence":
                    confidence = c.doubleOrNull(field + ".confidence");
                    break;
                case "text":
                    text = c.stringOrNull(field + ".text");
                    break;
                case "out":
                    out = readOut(c, field + ".out");
                    break;
                case "correct":
                    correct = c.booleanOrNull(field + ".correct");
                    break;
                case "p":
                    p = c.doubleOrNull(field + ".p");
                    break;
                default:
                    c.skip();
            }
        }
        if (kind == null) {
            throw c.errorAt(start, "expected field \"kind\" (one of " + kinds() + ") in " + field);
        }
        if (at == null) {
            throw c.errorAt(start, "expected field \"at\" (the prefix length in tokens) in " + field);
        }
        if (!Probe.KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw c.errorAt(kindAt, "expected " + field + ".kind to be one of " + kinds() + ", found \""
                    + kind + "\"");
        }
        return new Located(new Probe(kind, at, answer, confidence, text, out, correct, p), atAt);
    }

    private static String kinds() {
        return "deer, dynasor, puma, lynx, forced, prm";
    }

    private static List<ProbeToken> readOut(JsonCursor c, String field) throws IOException {
        c.startArray(field);
        List<ProbeToken> out = new ArrayList<>();
        while (c.nextElement()) {
            c.checkRoom(out.size(), field);
            String item = field + "[" + out.size() + "]";
            c.startObject(item);
            JsonLocation start = c.here();
            @Nullable String text = null;
            float logprob = Float.NaN;
            String name;
            while ((name = c.nextField()) != null) {
                if (name.equals("text")) {
                    text = c.string(item + ".text");
                } else if (name.equals("logprob")) {
                    logprob = c.floatOrNull(item + ".logprob");
                } else {
                    c.skip();
                }
            }
            if (text == null) {
                throw c.errorAt(start, "expected field \"text\" in " + item);
            }
            out.add(new ProbeToken(text, logprob));
        }
        return out;
    }
}
