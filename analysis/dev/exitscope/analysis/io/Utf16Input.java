package dev.exitscope.analysis.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises text stored as UTF-16 from its byte-order mark ({@code FF FE} little-endian, {@code FE FF} big-endian)
 * and re-encodes it as UTF-8 while it is read, mark dropped; other content passes through untouched. Not
 * thread-safe; one per stream.
 */
final class Utf16Input extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean eof;

    private Utf16Input(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    /** {@code in} as UTF-8: re-encoded when it starts with a UTF-16 byte-order mark, else {@code in} itself. */
    static InputStream asUtf8(InputStream in) throws IOException {
        InputStream marked = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        marked.mark(2);
        int a = marked.read();
        int b = marked.read();
        if (a == 0xFF && b == 0xFE) {
            return new Utf16Input(new InputStreamReader(marked, StandardCharsets.UTF_16LE));
        }
        if (a == 0xFE && b == 0xFF) {
            return new Utf16Input(new InputStreamReader(marked, StandardCharsets.UTF_16BE));
        }
        marked.reset();
        return marked;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    /** Decodes and re-encodes the next run of characters; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof && !chars.hasRemaining()) {
            return false;
        }
        chars.compact();
        int n = eof ? -1 : reader.read(chars);
        chars.flip();
        if (n < 0) {
            eof = true;
        }
        bytes.clear();
        encoder.encode(chars, bytes, eof);
        if (eof && !chars.hasRemaining()) {
            encoder.flush(bytes);
        }
        bytes.flip();
        return bytes.hasRemaining() || !eof || chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
