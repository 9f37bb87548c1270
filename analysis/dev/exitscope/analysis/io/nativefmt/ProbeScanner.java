package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code probes} array of a corpus line for {@link NativeLineScanner}, with the rules of
 * {@link NativeProbeReader} (required {@code kind} and {@code at}, known kinds, later duplicates win) but without
 * a parser event or field-name string per value: field names and kinds are matched as bytes. Anything else — an
 * unknown field, a value of another type, a problem — is {@link ByteScanner.Unsupported}, and the full parser reads
 * the line. Stateless.
 */
final class ProbeScanner {
    /** The fields of a probe, the most frequent first, at the indices below; {@link #probe} switches on them. */
    private static final byte[][] FIELDS = ascii("kind", "at", "text", "answer", "confidence", "out", "correct", "p");
    private static final int KIND = 0;
    private static final int AT = 1;
    private static final int TEXT = 2;
    private static final int ANSWER = 3;
    private static final int CONFIDENCE = 4;
    private static final int OUT = 5;
    private static final int CORRECT = 6;
    /** The fields of a probe's output token: {@code text} at index 0, then {@code logprob}. */
    private static final byte[][] OUT_FIELDS = ascii("text", "logprob");
    private static final int TEXT_OF_OUT = 0;
    /** The probe kinds in a fixed order, each read as this very string when its bytes match exactly. */
    private static final String[] KINDS = Probe.KINDS.stream().sorted().toArray(String[]::new);
    private static final byte[][] KIND_BYTES = ascii(KINDS);

    private ProbeScanner() {
    }

    private static byte[][] ascii(String... names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
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
                switch (s.knownFieldName(FIELDS)) {
                    case KIND:
                        kind = kind(s);
                        break;
                    case AT:
                        at = s.count();
                        break;
                    case TEXT:
                        text = s.stringOrNull();
                        break;
                    case ANSWER:
                        answer = s.stringOrNull();
                        break;
                    case CONFIDENCE:
                        confidence = s.doubleOrNull();
                        break;
                    case OUT:
                        out = out(s, maxCount);
                        break;
                    case CORRECT:
                        correct = s.booleanOrNull();
                        break;
                    default: // p, the last of FIELDS
                        p = s.doubleOrNull();
                }
            } while (s.consume(','));
            s.expect('}');
        }
        if (kind == null || at < 0) {
            throw ByteScanner.Unsupported.INSTANCE;
        }
        return new Probe(kind, at, answer, confidence, text, out, correct, p);
    }

    /** A known kind: the constant itself when the bytes are exactly one, else any spelling of one in another case. */
    private static String kind(ByteScanner s) {
        int k = s.knownString(KIND_BYTES);
        return k >= 0 ? KINDS[k] : otherCase(s.string());
    }

    private static String otherCase(String kind) {
        if (!Probe.KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            throw ByteScanner.Unsupported.INSTANCE;
        }
        return kind;
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
                    if (s.knownFieldName(OUT_FIELDS) == TEXT_OF_OUT) {
                        text = s.string();
                    } else {
                        logprob = s.floatOrNull();
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
