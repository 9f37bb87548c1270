package dev.exitscope.analysis.io.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.exitscope.analysis.io.FieldMapping;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code jsonl} format: corpora of JSON records, one object per line (JSON Lines) or one JSON array of
 * objects, streamed record by record so memory stays bounded by the longest record
 * ({@link dev.exitscope.analysis.io.ReadLimits#maxRecordBytes()}). Fields come from {@code --map} or common field
 * names ({@link MappedRecords}); three published corpora have presets chosen by their field names or by
 * {@code --map preset=NAME}: {@code qwen25-math}, {@code zeroeval} and {@code marco-o1} (see {@link Preset}).
 * Errors name the JSONL line and column for broken JSON, and the record (from 1) for records of the wrong shape.
 */
public final class JsonlImporter implements TraceImporter {
    private static final int LOOK_AHEAD = 64 * 1024;

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public int sniff(String fileName, String head) {
        return JsonlSniffer.sniff(fileName, head);
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        FieldMapping mapping = options.mapping();
        Preset named = null;
        if (mapping != null && mapping.source("preset") != null) {
            named = Preset.byName(mapping.source("preset"));
            if (named == null) {
                throw TraceInputException.ofFile(source.displayName(), "unknown preset '" + mapping.source("preset")
                        + "', expected one of qwen25-math, zeroeval, marco-o1");
            }
        }
        RecordContext ctx = new RecordContext(source, options, sink);
        try {
            if (startsWithArray(source)) {
                readArray(source, ctx, named);
            } else {
                readLines(source, ctx, named);
            }
        } catch (ZipException | EOFException e) {
            throw TraceInputException.ofFile(source.displayName(), "cannot read the compressed input ("
                    + e.getMessage() + ")");
        }
    }

    private static boolean startsWithArray(InputSource source) throws IOException {
        String head = new String(source.head(LOOK_AHEAD), StandardCharsets.UTF_8);
        String t = (head.startsWith("\uFEFF") ? head.substring(1) : head).stripLeading();
        return t.startsWith("[");
    }

    private static void readLines(InputSource source, RecordContext ctx, @Nullable Preset named) throws IOException {
        JsonFactory f = ctx.factory();
        RecordConverter converter = null;
        long record = 0;
        try (InputStream in = source.open()) {
            LineReader lines = new LineReader(in, source.displayName(), source.position(),
                    ctx.options().limits().maxRecordBytes());
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                int from = lines.lineNumber() == 1 && hasBom(line, lines.length()) ? 3 : 0;
                if (blank(line, from, lines.length())) {
                    continue;
                }
                record++;
                Map<String, @Nullable Object> rec = parseLine(source, f, line, from, lines.length(),
                        lines.lineNumber());
                ctx.startRecord(record);
                if (converter == null) {
                    converter = Preset.choose(ctx.options().mapping(), named, rec);
                }
                converter.convert(rec, ctx);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> parseLine(InputSource source, JsonFactory f, byte[] line, int from,
                                                           int len, int lineNumber) throws IOException {
        try (JsonParser p = f.createParser(line, from, len - from)) {
            try {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    throw at(source, lineNumber, p, "expected a JSON object on each line, found "
                            + JsonSupport.describe(p));
                }
                Object v = JsonValues.read(p);
                if (p.nextToken() != null) {
                    throw at(source, lineNumber, p, "expected the line to end after the record, found "
                            + JsonSupport.describe(p));
                }
                return (Map<String, @Nullable Object>) v;
            } catch (JsonProcessingException e) {
                throw JsonSupport.wrap(source, e, lineNumber - 1, p);
            }
        } catch (JsonProcessingException e) {
            throw JsonSupport.wrap(source, e, lineNumber - 1);
        }
    }

    private static TraceInputException at(InputSource source, int lineNumber, JsonParser p, String problem) {
        return TraceInputException.at(source.displayName(), lineNumber, p.currentTokenLocation().getColumnNr(),
                problem);
    }

    @SuppressWarnings("unchecked")
    private static void readArray(InputSource source, RecordContext ctx, @Nullable Preset named) throws IOException {
        RecordConverter converter = null;
        long record = 0;
        long maxBytes = ctx.options().limits().maxRecordBytes();
        try (InputStream in = source.open(); JsonParser p = JsonSupport.parser(ctx.factory(), in)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw JsonSupport.expected(source, p, "a JSON array of records");
                }
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.START_OBJECT) {
                        throw JsonSupport.expected(source, p, "a record object");
                    }
                    long start = p.currentTokenLocation().getByteOffset();
                    Map<String, @Nullable Object> rec = (Map<String, @Nullable Object>) JsonValues.read(p);
                    record++;
                    ctx.startRecord(record);
                    if (start >= 0 && p.currentLocation().getByteOffset() - start > maxBytes) {
                        throw ctx.error("longer than " + ReadLimits.describeRecordBound((int) maxBytes));
                    }
                    if (converter == null) {
                        converter = Preset.choose(ctx.options().mapping(), named, rec);
                    }
                    converter.convert(rec, ctx);
                }
                if (p.nextToken() != null) {
                    throw JsonSupport.expected(source, p, "end of input after the array");
                }
            } catch (JsonProcessingException e) {
                throw JsonSupport.wrap(source, e, 0, p);
            }
        } catch (JsonProcessingException e) {
            throw JsonSupport.wrap(source, e, 0);
        }
    }

    private static boolean hasBom(byte[] b, int len) {
        return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean blank(byte[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
