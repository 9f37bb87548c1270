package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one native trace object ({@code exitscope/1}) from a streaming parser into a {@link Trace}. Fields may come
 * in any order and unknown fields are skipped at every level; {@code final} is ignored because the builder
 * recomputes ExitScope's own answer. Every problem ends in a {@link TraceInputException} naming the field, line and
 * column. Jackson's own parse exceptions propagate for the caller to wrap. Immutable and thread-safe; the parser
 * passed to {@link #read} belongs to the calling thread.
 */
public final class NativeTraceReader {
    private final InputSource source;
    private final ReadLimits limits;

    public NativeTraceReader(InputSource source, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Reads the object that starts at the parser's next token (or its current one when that is {@code '{'}).
     *
     * @param lineOffset added to the parser's line numbers (the line a JSONL record starts on, minus one)
     * @param fallbackId the id to use when the object has none
     */
    public Trace read(JsonParser parser, int lineOffset, String fallbackId) throws IOException {
        JsonCursor c = new JsonCursor(source, parser, lineOffset, limits);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.nextToken();
        }
        JsonLocation start = c.here();
        c.startObject("a trace");
        Fields f = new Fields();
        String name;
        while ((name = c.nextField()) != null) {
            readField(c, name, f);
        }
        if (!f.sawFormat) {
            throw c.errorAt(start, "expected field \"format\": \"" + NativeFormat.FORMAT + "\" in the trace object");
        }
        if (f.tokens == null) {
            throw c.errorAt(start, "expected field \"tokens\" (an object with the token texts) in the trace object");
        }
        return build(c, start, f, f.tokens, fallbackId);
    }

    /** What the trace object held, before validation against the token count. */
    static final class Fields {
        boolean sawFormat;
        @Nullable String id;
        TraceMeta meta = TraceMeta.EMPTY;
        Question question = Question.UNKNOWN;
        @Nullable GroupRef group;
        Decoding decoding = Decoding.UNKNOWN;
        @Nullable String prompt;
        @Nullable TokenColumns tokens;
        @Nullable Integer thinkStart;
        @Nullable JsonLocation thinkStartAt;
        boolean thinkEndPresent;
        @Nullable Integer thinkEnd;
        @Nullable JsonLocation thinkEndAt;
        final Map<String, FloatColumn> series = new LinkedHashMap<>();
        final Map<String, JsonLocation> seriesAt = new LinkedHashMap<>();
        List<NativeProbeReader.Located> probes = new ArrayList<>();
    }

    void readField(JsonCursor c, String name, Fields f) throws IOException {
        switch (name) {
            case "format":
                checkFormat(c, c.string("format"));
                f.sawFormat = true;
                break;
            case "id":
                f.id = c.string("id");
                break;
            case "meta":
                f.meta = NativeHeaderReader.meta(c);
                break;
            case "question":
                f.question = NativeHeaderReader.question(c);
                break;
            case "group":
                f.group = NativeHeaderReader.group(c);
                break;
            case "decoding":
                f.decoding = NativeHeaderReader.decoding(c);
                break;
            case "prompt":
                f.prompt = c.stringOrNull("prompt");
                break;
            case "tokens":
                f.tokens = NativeTokensReader.read(c);
                break;
            case "thinkStart":
                f.thinkStartAt = c.here();
                f.thinkStart = c.integerOrNull("thinkStart", 0);
                break;
            case "thinkEnd":
                f.thinkEndAt = c.here();
                f.thinkEndPresent = true;
                f.thinkEnd = c.integerOrNull("thinkEnd", 0);
                break;
            case "series":
                readSeries(c, f);
                break;
            case "probes":
                f.probes = NativeProbeReader.readAll(c);
                break;
            default:
                c.skip();
        }
    }

    private static void checkFormat(JsonCursor c, String format) {
        if (format.equals(NativeFormat.FORMAT)) {
            return;
        }
        if (format.startsWith(NativeFormat.FAMILY)) {
            throw c.error("unsupported format version \"" + format + "\": this ExitScope reads \""
                    + NativeFormat.FORMAT + "\"");
        }
        throw c.expected("format \"" + NativeFormat.FORMAT + "\"");
    }

    private static void readSeries(JsonCursor c, Fields f) throws IOException {
        if (c.isNull()) {
            return;
        }
        c.startObject("series");
        String name;
        while ((name = c.nextField()) != null) {
            f.seriesAt.put(name, c.here());
            f.series.put(name, NativeTokensReader.readFloats(c, "series." + name));
        }
    }

    Trace build(JsonCursor c, JsonLocation start, Fields f, TokenColumns tokens, String fallbackId) {
        int n = tokens.tokenCount();
        TraceBuilder b = new TraceBuilder(f.id == null ? fallbackId : f.id, limits.maxTokens());
        b.meta(f.meta).question(f.question).group(f.group).decoding(f.decoding).prompt(f.prompt);
        tokens.apply(b);
        if (f.thinkStart != null && f.thinkStart > n) {
            throw c.errorAt(f.thinkStartAt, "expected thinkStart between 0 and the token count (" + n + "), found "
                    + f.thinkStart);
        }
        if (f.thinkEndPresent) {
            Integer te = f.thinkEnd;
            int ts = f.thinkStart == null ? 0 : f.thinkStart;
            if (te != null && (te > n || ts > te)) {
                throw c.errorAt(f.thinkEndAt, "expected thinkEnd between thinkStart (" + ts
                        + ") and the token count (" + n + "), found " + te);
            }
            b.thinkRange(te == null ? null : ts, te);
        }
        for (Map.Entry<String, FloatColumn> e : f.series.entrySet()) {
            FloatColumn col = e.getValue();
            if (col.size() != n) {
                throw c.errorAt(f.seriesAt.get(e.getKey()), "expected " + n + " values in series." + e.getKey()
                        + " (one per token), found " + col.size());
            }
            b.series(e.getKey(), col.toArray());
        }
        for (int i = 0; i < f.probes.size(); i++) {
            NativeProbeReader.Located p = f.probes.get(i);
            if (p.probe().at() > n) {
                throw c.errorAt(p.atLocation(), "expected probes[" + i + "].at between 0 and the token count ("
                        + n + "), found " + p.probe().at());
            }
            b.probe(p.probe());
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw c.errorAt(start, "inconsistent trace: " + e.getMessage());
        }
    }
}
