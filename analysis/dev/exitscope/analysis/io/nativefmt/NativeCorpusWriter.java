package dev.exitscope.analysis.io.nativefmt;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.exitscope.analysis.trace.Trace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * Writes traces to native files, the layout chosen by the file name: {@code *.trace.json} holds exactly one trace,
 * {@code *.traces.jsonl} one trace a line; a further {@code .gz} compresses either. Stateless and thread-safe.
 */
public final class NativeCorpusWriter {
    private NativeCorpusWriter() {
    }

    /**
     * Writes {@code traces} to {@code file}, replacing it. A {@code Stream} can be passed as
     * {@code stream::iterator}; it is consumed once, in order.
     *
     * @throws IllegalArgumentException for a file name of neither kind, or a single-trace file asked to hold
     *                                  other than one trace
     */
    public static void write(Path file, Iterable<Trace> traces) throws IOException {
        Path fn = file.getFileName();
        String name = fn == null ? "" : fn.toString();
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        boolean corpus = base.endsWith(NativeFormat.CORPUS_EXTENSION);
        if (!corpus && !base.endsWith(NativeFormat.SINGLE_EXTENSION)) {
            throw new IllegalArgumentException("cannot tell the layout of '" + name + "': name it *"
                    + NativeFormat.SINGLE_EXTENSION + " or *" + NativeFormat.CORPUS_EXTENSION + " (optionally .gz)");
        }
        Iterator<Trace> it = traces.iterator();
        Trace single = null;
        if (!corpus) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(name + " holds exactly one trace, but there are none");
            }
            single = it.next();
            if (it.hasNext()) {
                throw new IllegalArgumentException(name + " holds exactly one trace, but there are more; use *"
                        + NativeFormat.CORPUS_EXTENSION);
            }
        }
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
            if (single != null) {
                writeSingle(single, out);
            } else {
                writeLines(it, out);
            }
        }
    }

    /** Writes one trace in the {@code .trace.json} layout, ending with a newline. */
    public static void writeSingle(Trace trace, OutputStream out) throws IOException {
        try (JsonGenerator g = NativeTraceWriter.generator(out, NativeTraceWriter.Layout.FILE)) {
            NativeTraceWriter.write(trace, g);
        }
        out.write('\n');
    }

    /** Writes each trace as one line. */
    public static void writeLines(Iterator<Trace> traces, OutputStream out) throws IOException {
        while (traces.hasNext()) {
            writeLine(traces.next(), out);
            out.write('\n');
        }
    }

    /** Writes one trace in the line layout, without the newline that ends the line. */
    static void writeLine(Trace t, OutputStream out) throws IOException {
        try (JsonGenerator g = NativeTraceWriter.generator(out, NativeTraceWriter.Layout.LINE)) {
            NativeTraceWriter.write(t, g);
        }
    }
}
