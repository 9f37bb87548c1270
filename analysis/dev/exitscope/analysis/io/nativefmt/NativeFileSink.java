package dev.exitscope.analysis.io.nativefmt;

import dev.exitscope.analysis.io.FileProblems;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.ReadLimits;
import dev.exitscope.analysis.io.TraceSink;
import dev.exitscope.analysis.trace.Trace;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A sink that writes each trace to a native file as it arrives, so a corpus converts in bounded memory. The file
 * is written beside the target under a temporary name ({@link PartFile}) and moved into place by {@link #commit()};
 * until then an existing file of that name is left untouched, and {@link #close()} without commit, or an interrupt
 * of the JVM, removes the partial file.
 * A {@code *.trace.json} target accepts exactly one trace.
 *
 * <p>Each trace is checked against the limits it will be read back with ({@link ReadBackCheck}, and the line bound
 * of a corpus while the line is written): a trace the reader would refuse is refused here, with an
 * {@link IllegalArgumentException} naming the target, the trace and what is too large, and the partial file is
 * removed by {@link #close()}. Not thread-safe.
 */
public final class NativeFileSink implements TraceSink, Closeable {
    private final Path target;
    private final PartFile part;
    private final boolean corpus;
    private final OutputStream out;
    private final LineBoundStream lines;
    private final ReadBackCheck check;
    private long count;
    private boolean committed;

    /** A sink whose output reads back with the default limits. */
    public NativeFileSink(Path target) throws IOException {
        this(target, ReadLimits.DEFAULT);
    }

    /** A sink whose output reads back with {@code limits}. */
    public NativeFileSink(Path target, ReadLimits limits) throws IOException {
        this.target = target;
        this.check = new ReadBackCheck(limits);
        Path fn = target.getFileName();
        String name = fn == null ? "" : fn.toString();
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        this.corpus = base.endsWith(NativeFormat.CORPUS_EXTENSION);
        if (!corpus && !base.endsWith(NativeFormat.SINGLE_EXTENSION)) {
            throw new IllegalArgumentException("cannot tell the layout of '" + name + "': name it *"
                    + NativeFormat.SINGLE_EXTENSION + " or *" + NativeFormat.CORPUS_EXTENSION + " (optionally .gz)");
        }
        checkTarget(target);
        try {
            this.part = PartFile.create(target);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        try {
            OutputStream raw = Files.newOutputStream(part.path(), java.nio.file.StandardOpenOption.WRITE);
            this.out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
            this.lines = new LineBoundStream(out, limits.maxRecordBytes());
        } catch (IOException e) {
            part.discard();
            throw cannotWrite(e);
        } catch (RuntimeException e) {
            part.discard();
            throw e;
        }
    }

    /** Refuses a target that is a folder, or whose folder is missing, before any part file is made. */
    private static void checkTarget(Path target) throws IOException {
        Path dir = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": " + (Files.exists(dir) ? dir + " is not a folder"
                    : "the folder " + dir + " does not exist"));
        }
    }

    /** An I/O failure on the part file, told as a failure to write the target (the part file is an inner detail). */
    private IOException cannotWrite(IOException e) {
        return new IOException("cannot write " + target + ": " + FileProblems.phrase(e), e);
    }

    @Override
    public void accept(Trace trace) {
        if (!corpus && count == 1) {
            throw new IllegalArgumentException(target.getFileName() + " holds exactly one trace, but the input has"
                    + " more; write to *" + NativeFormat.CORPUS_EXTENSION + " instead");
        }
        String problem = check.problem(trace);
        if (problem != null) {
            throw refused(trace, problem);
        }
        try {
            if (corpus) {
                lines.startRecord();
                NativeCorpusWriter.writeLine(trace, lines);
                lines.endRecord();
            } else {
                NativeCorpusWriter.writeSingle(trace, out);
            }
        } catch (LineBoundStream.RecordTooLongException e) {
            throw refused(trace, "its line is longer than " + ReadLimits.describeRecordBound(e.bound()));
        } catch (IOException e) {
            throw new UncheckedIOException(cannotWrite(e));
        }
        count++;
    }

    private IllegalArgumentException refused(Trace trace, String problem) {
        return new IllegalArgumentException("cannot write " + target + ": trace " + (count + 1) + " (\""
                + JsonSupport.abbreviate(trace.id()) + "\"): " + problem + "; nothing was written");
    }

    /** Traces written so far. */
    public long count() {
        return count;
    }

    /** Finishes the file and moves it over the target. */
    public void commit() throws IOException {
        if (!corpus && count == 0) {
            throw new IllegalArgumentException(target.getFileName() + " holds exactly one trace, but the input has"
                    + " none");
        }
        try {
            out.close();
            part.commit();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                part.discard();
            }
        }
    }
}
