package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.trace.Trace;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Reads ExitScope's native format: a single trace ({@code *.trace.json}) or a corpus with one trace a line
 * ({@code *.traces.jsonl}), either gzip-compressed when the name ends in {@code .gz}. A corpus streams line by line,
 * so memory stays bounded by the longest record; its errors name the record. Corpus lines go through
 * {@link NativeLineScanner} first and through the full streaming parser only when the scanner declines a line,
 * so errors are always the full parser's. Stateless and thread-safe.
 */
public final class NativeImporter implements TraceImporter {
    private static final Pattern FORMAT_FIRST = Pattern.compile("^\\s*\\{\\s*\"format\"\\s*:\\s*\"exitscope/");
    private static final Pattern FORMAT_ANYWHERE = Pattern.compile("\"format\"\\s*:\\s*\"exitscope/");

    @Override
    public String name() {
        return "native";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FORMAT_FIRST.matcher(head).lookingAt()) {
            return 100;
        }
        String trimmed = head.stripLeading();
        if (!trimmed.startsWith("{")) {
            return 0;
        }
        int firstLine = trimmed.indexOf('\n');
        String scope = NativeFormat.isCorpusName(fileName) && firstLine > 0 ? trimmed.substring(0, firstLine)
                : trimmed;
        return FORMAT_ANYWHERE.matcher(scope).find() ? 90 : 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonFactory factory = JsonSupport.factory(options.limits());
        NativeTraceReader reader = new NativeTraceReader(source, options.limits());
        try (InputStream in = source.open()) {
            if (NativeFormat.isCorpusName(source.fileName())) {
                readCorpus(source, in, factory, reader, options, sink);
            } else {
                readSingle(source, in, factory, reader, sink);
            }
        } catch (ZipException e) {
            throw TraceInputException.ofFile(source.displayName(), "not a valid gzip file (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw TraceInputException.ofFile(source.displayName(), "gzip data ends early");
        } catch (CharConversionException e) {
            throw TraceInputException.ofFile(source.displayName(), "not valid UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static void readSingle(InputSource source, InputStream in, JsonFactory factory,
                                   NativeTraceReader reader, TraceSink sink) throws IOException {
        try (JsonParser p = JsonSupport.parser(factory, in)) {
            try {
                Trace trace = reader.read(p, 0, source.stem() + ":0");
                if (p.nextToken() != null) {
                    throw JsonSupport.error(source, p, "expected end of input after the trace, found "
                            + JsonSupport.describe(p) + " (a corpus with one trace a line is named *"
                            + NativeFormat.CORPUS_EXTENSION + ")");
                }
                sink.accept(trace);
            } catch (JsonProcessingException e) {
                throw JsonSupport.wrap(source, e, 0, p);
            }
        }
    }

    private static void readCorpus(InputSource source, InputStream in, JsonFactory factory,
                                   NativeTraceReader reader, ImportOptions options, TraceSink sink)
            throws IOException {
        LineReader lines = new LineReader(in, options.limits().maxRecordBytes());
        NativeLineScanner scanner = NativeLineScanner.applies(options.limits())
                ? new NativeLineScanner(source, options.limits(), factory, reader) : null;
        int lineNo = 0;
        long record = 0;
        while (true) {
            source.position().atLine(lineNo + 1);
            try {
                if (!lines.next()) {
                    return;
                }
            } catch (LineReader.LineTooLongException e) {
                throw TraceInputException.at(source.displayName(), lineNo + 1, 1, "line " + (lineNo + 1)
                        + " (record " + (record + 1) + ") is longer than "
                        + ReadLimits.describeRecordBound(options.limits().maxRecordBytes()));
            }
            lineNo++;
            if (lines.isBlank()) {
                continue;
            }
            record++;
            String fallbackId = source.stem() + ":" + (record - 1);
            Trace fast = scanner == null ? null : scanner.read(lines.bytes(), lines.length(), fallbackId);
            sink.accept(fast != null ? fast : readRecord(source, factory, reader, lines, lineNo, record, fallbackId));
        }
    }

    private static Trace readRecord(InputSource source, JsonFactory factory,
            NativeTraceReader reader, LineReader lines, int lineNo, long record, String fallbackId) throws IOException {
        try (JsonParser p = factory.createParser(lines.bytes(), 0, lines.length())) {
            try {
                Trace trace = reader.read(p, lineNo - 1, fallbackId);
                if (p.nextToken() != null) {
                    throw TraceInputException.at(source.displayName(), lineNo,
                            p.currentTokenLocation().getColumnNr(), "expected end of line after the trace, found "
                                    + JsonSupport.describe(p) + " (one trace a line)").withRecord(record);
                }
                return trace;
            } catch (JsonProcessingException e) {
                throw JsonSupport.wrap(source, e, lineNo - 1, p).withRecord(record);
            }
        } catch (JsonProcessingException e) {
            throw JsonSupport.wrap(source, e, lineNo - 1).withRecord(record);
        } catch (TraceInputException e) {
            throw e.withRecord(record);
        } catch (CharConversionException e) {
            throw TraceInputException.at(source.displayName(), lineNo, 1, "not valid UTF-8 text ("
                    + e.getMessage() + ")").withRecord(record);
        }
    }
}
