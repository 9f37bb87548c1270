package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code probes} array of a corpus line for {@link NativeLineScanner}, with the rules of
 * {@link NativeProbeReader} (required {@code kind} and {@code at}, known kinds, later duplicates win) but without
 * a parser event or field-name string per value. Anything else — an unknown field, a value of another type, a
 * problem — is {@link ByteScanner.Unsupported}, and the full parser reads the line. Stateless.
 */
final class ProbeScanner {
    private ProbeScanner() {
    }

    static List<NativeProbeReader.Located> readAll(ByteScanner s, int maxCount) {
        List<NativeProbeReader.Located> out = new ArrayList<>();
        if (s.consumeNull()) {
            return out;
        }
        s.expect('[');
        if (s.consume(']')) {
            return out;
        }
        do {
            if (out.size() >= maxCount) {
                throw ByteScanner.Unsupported.INSTANCE;
            }
            out.add(new NativeProbeReader.Located(probe(s, maxCount), JsonLocation.NA));
        } while (s.consume(','));
        s.expect(']');
        return out;
    }

    private static Probe probe(ByteScanner s, int maxCount) {
        s.expect('{');
        String kind = null;
        int at = -1;
        String answer = null;
        Double confidence = null;
        String text = null;
        List<ProbeToken> out = List.of();
        Boolean correct = null;
        Double p = null;
        if (!s.consume('}')) {
            do {
                switch (s.fieldName()) {
                    case "kind":
                        kind = s.string();
                        break;
                    case "at":
                        at = s.count();
                        break;
                    case "answer":
                        answer = s.stringOrNull();
                        break;
                    case "confidence":
                        confidence = s.doubleOrNull();
                        break;
                    case "text":
                        text = s.stringOrNull();
                        break;
                    case "out":
                        out = out(s, maxCount);
                        break;
                    case "correct":
                        correct = s.booleanOrNull();
                        break;
                    case "p":
                        p = s.doubleOrNull();
                        break;
                    default:
                        throw ByteScanner.Unsupported.INSTANCE;
                }
            } while (s.consume(','));
            s.expect('}');
        }
        if (kind == null || at < 0 || !Probe.KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw ByteScanner.Unsupported.INSTANCE;
        }
        return new Probe(kind, at, answer, confidence, text, out, correct, p);
    }

    private static List<ProbeToken> out(ByteScanner s, int maxCount) {
        s.expect('[');
        List<ProbeToken> out = new ArrayList<>();
        if (s.consume(']')) {
            return out;
        }
        do {
            if (out.size() >= maxCount) {
                throw ByteScanner.Unsupported.INSTANCE;
            }
            s.expect('{');
            String text = null;
            float logprob = Float.NaN;
            if (!s.consume('}')) {
                do {
                    String name = s.fieldName();
                    if (name.equals("text")) {
                        text = s.string();
                    } else if (name.equals("logprob")) {
                        logprob = s.floatOrNull();
                    } else {
                        throw ByteScanner.Unsupported.INSTANCE;
                    }
                } while (s.consume(','));
                s.expect('}');
            }
            if (text == null) {
                throw ByteScanner.Unsupported.INSTANCE;
            }
            out.add(new ProbeToken(text, logprob));
        } while (s.consume(','));
        s.expect(']');
        return out;
    }
}
