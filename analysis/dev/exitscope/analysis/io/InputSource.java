package dev.exitscope.analysis.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A named byte source: a file (gzip-compressed when its name ends in {@code .gz}) or bytes in memory.
 * {@link #open()} may be called more than once; each call starts from the beginning. Content that starts with a
 * UTF-16 byte-order mark (little- or big-endian) is handed on as UTF-8, so every importer reads it as it would the
 * same text saved as UTF-8.
 */
public final class InputSource {
    private final String displayName;
    private final String fileName;
    private final Path path;
    private final byte[] bytes;
    private final @Nullable LongConsumer onRead;
    private final ReadPosition position = new ReadPosition();

    private InputSource(String displayName, String fileName, Path path, byte[] bytes, @Nullable LongConsumer onRead) {
        this.displayName = displayName;
        this.fileName = fileName;
        this.path = path;
        this.bytes = bytes;
        this.onRead = onRead;
    }

    public static InputSource of(Path path) {
        Path fn = path.getFileName();
        return new InputSource(path.toString(), fn == null ? path.toString() : fn.toString(), path, null, null);
    }

    public static InputSource ofBytes(String name, byte[] content) {
        return new InputSource(name, name, null, content.clone(), null);
    }

    /**
     * The same input, telling {@code onRead} how many stored bytes (compressed ones for a gzip file) each stream
     * opened from it has read so far, as it reads them; compare with {@link #storedSize()} for progress.
     */
    public InputSource reportingReads(LongConsumer onRead) {
        return new InputSource(displayName, fileName, path, bytes, onRead);
    }

    /** How many bytes the input holds as stored (compressed for a gzip file). */
    public long storedSize() throws IOException {
        return path != null ? Files.size(path) : bytes.length;
    }

    /** The line its reader has reached, set by the reader as it goes. */
    public ReadPosition position() {
        return position;
    }

    /** "FILE at line N" once a reader has reached line N, else "FILE". */
    public String describePosition() {
        long line = position.line();
        return line > 0 ? displayName + " at line " + line : displayName;
    }

    /** How errors name this input (the path as the user gave it). */
    public String displayName() {
        return displayName;
    }

    /** The file name with any {@code .gz} suffix removed. */
    public String fileName() {
        return fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /**
     * The file stem used in generated ids: the name without {@code .gz} and without its format extensions
     * ({@code .trace.json}, {@code .traces.jsonl}, {@code .jsonl}, {@code .json}, {@code .txt}, {@code .md}, …).
     */
    public String stem() {
        String n = fileName();
        String[] exts = {".traces.jsonl", ".trace.json", ".jsonl", ".ndjson", ".json", ".sse", ".txt", ".md"};
        for (String e : exts) {
            if (n.endsWith(e) && n.length() > e.length()) {
                return n.substring(0, n.length() - e.length());
            }
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    public boolean isGzip() {
        return fileName.endsWith(".gz");
    }

    /** Opens a fresh stream over the (decompressed) content, as UTF-8 when it was stored as UTF-16. */
    public InputStream open() throws IOException {
        position.restart();
        return Utf16Input.asUtf8(openStored());
    }

    private InputStream openStored() throws IOException {
        InputStream raw = path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
        if (onRead != null) {
            raw = new Counting(raw, onRead);
        }
        if (isGzip()) {
            try {
                return new GzipErrors(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                raw.close();
                throw corrupt(e);
            }
        }
        return new BufferedInputStream(raw, path != null ? 1 << 16 : 8192);
    }

    /** Up to {@code max} bytes from the start of the decompressed content. */
    public byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    private TraceInputException corrupt(IOException e) {
        return TraceInputException.ofFile(displayName, "corrupt gzip data ("
                + (e instanceof java.io.EOFException ? "it ends early" : e.getMessage()) + ")");
    }

    /** Reports damaged gzip data as a {@link TraceInputException} naming this input. */
    private final class GzipErrors extends java.io.FilterInputStream {
        GzipErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw corrupt(e);
            }
        }
    }

    /** Reports the running count of bytes read through it. */
    private static final class Counting extends java.io.FilterInputStream {
        private final LongConsumer onRead;
        private long count;

        Counting(InputStream in, LongConsumer onRead) {
            super(in);
            this.onRead = onRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                onRead.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                onRead.accept(count);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            if (k > 0) {
                count += k;
                onRead.accept(count);
            }
            return k;
        }
    }

    @Override
    public String toString() {
        return displayName;
    }
}
