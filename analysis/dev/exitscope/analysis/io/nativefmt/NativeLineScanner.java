package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.TokenLimitException;
import dev.exitscope.analysis.trace.Trace;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for one corpus line. The per-token columns of {@code tokens} ({@code text}, {@code logprob},
 * {@code entropy}, {@code id}) are scanned straight from the line's bytes into columnar arrays, with no string or
 * parser event per token, and {@code probes} by {@link ProbeScanner}; every other field (meta, question, series,
 * top-k rows, …) is handed, as its byte range, to the same streaming readers {@link NativeTraceReader} uses. The
 * result is the trace the full parser builds. A line the scanner cannot read exactly as the full parser would —
 * malformed or unusual JSON, a value past a limit, an inconsistent trace — gives {@code null}, and the caller reads
 * it with the full parser, which reports the error. Not thread-safe; one per read.
 */
final class NativeLineScanner {
    /** Nesting the scanner leaves to the full parser: a line nested close to the limit is not scanned. */
    private static final int DEPTH_MARGIN = 2;

    private final InputSource source;
    private final ReadLimits limits;
    private final JsonFactory factory;
    private final NativeTraceReader reader;
    private final JsonCursor noCursor;

    NativeLineScanner(InputSource source, ReadLimits limits, JsonFactory factory, NativeTraceReader reader)
            throws IOException {
        this.source = source;
        this.limits = limits;
        this.factory = factory;
        this.reader = reader;
        this.noCursor = new JsonCursor(source, factory.createParser(new byte[] {'{', '}'}), 0, limits);
    }

    /** Whether the limits leave room for the scanner at all. */
    static boolean applies(ReadLimits limits) {
        return limits.maxDepth() > 3 + DEPTH_MARGIN;
    }

    /** The trace on the line {@code [0, length)} of {@code line}, or null when the full parser must read it. */
    @Nullable Trace read(byte[] line, int length, String fallbackId) throws IOException {
        try {
            ByteScanner s = new ByteScanner(line, 0, length);
            NativeTraceReader.Fields f = new NativeTraceReader.Fields();
            s.expect('{');
            if (!s.consume('}')) {
                do {
                    String name = s.fieldName();
                    if (name.equals("tokens")) {
                        f.tokens = tokens(s, line);
                    } else if (name.equals("probes")) {
                        f.probes = ProbeScanner.readAll(s, limits.maxTokens());
                    } else if (name.equals("format")) {
                        // any other value is the full parser's to report
                        if (!s.string().equals(NativeFormat.FORMAT)) {
                            throw ByteScanner.Unsupported.INSTANCE;
                        }
                        f.sawFormat = true;
                    } else if (name.equals("id")) {
                        f.id = s.string();
                    } else {
                        delegate(s, line, c -> reader.readField(c, name, f));
                    }
                } while (s.consume(','));
                s.expect('}');
            }
            if (s.peek() != -1 || !f.sawFormat || f.tokens == null) {
                return null;
            }
            return reader.build(noCursor, JsonLocation.NA, f, f.tokens, fallbackId);
        } catch (ByteScanner.Unsupported | TraceInputException | JsonProcessingException | TokenLimitException e) {
            return null;
        }
    }

    private TokenColumns tokens(ByteScanner s, byte[] line) throws IOException {
        TokenColumns t = new TokenColumns();
        boolean sawText = false;
        s.expect('{');
        if (!s.consume('}')) {
            do {
                String name = s.fieldName();
                switch (name) {
                    case "text":
                        t.text.clear();
                        s.stringArrayInto(t.text, limits.maxTokens());
                        sawText = true;
                        break;
                    case "logprob":
                        t.logprob = floats(s);
                        break;
                    case "entropy":
                        t.entropy = floats(s);
                        break;
                    case "id":
                        t.ids = ids(s);
                        break;
                    case "topK":
                        delegate(s, line, c -> NativeTokensReader.readTopK(c, t));
                        break;
                    default:
                        delegate(s, line, JsonCursor::skip);
                }
            } while (s.consume(','));
            s.expect('}');
        }
        if (!sawText || !t.consistent()) {
            throw ByteScanner.Unsupported.INSTANCE;
        }
        return t;
    }

    private FloatColumn floats(ByteScanner s) {
        FloatColumn col = new FloatColumn();
        s.expect('[');
        if (s.consume(']')) {
            return col;
        }
        do {
            room(col.size());
            col.add(s.floatOrNull());
        } while (s.consume(','));
        s.expect(']');
        return col;
    }

    private IntColumn ids(ByteScanner s) {
        IntColumn col = new IntColumn();
        s.expect('[');
        if (s.consume(']')) {
            return col;
        }
        do {
            room(col.size());
            col.add(s.idOrNull());
        } while (s.consume(','));
        s.expect(']');
        return col;
    }

    private void room(int size) {
        if (size >= limits.maxTokens()) {
            throw ByteScanner.Unsupported.INSTANCE;
        }
    }

    /** Work on a value read by the full parser. */
    @FunctionalInterface
    private interface ValueWork {
        void run(JsonCursor c) throws IOException;
    }

    /** Hands the value that comes next to {@code work} on a parser over just its bytes. */
    private void delegate(ByteScanner s, byte[] line, ValueWork work) throws IOException {
        int start = s.skipValue(limits.maxDepth() - DEPTH_MARGIN);
        try (JsonParser p = factory.createParser(line, start, s.pos() - start)) {
            p.nextToken();
            work.run(new JsonCursor(source, p, 0, limits));
            if (p.nextToken() != null) {
                throw ByteScanner.Unsupported.INSTANCE;
            }
        }
    }
}
