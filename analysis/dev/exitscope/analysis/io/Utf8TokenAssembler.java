package dev.exitscope.analysis.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns servers' per-token UTF-8 {@code bytes} into token texts under ExitScope's rule: a character belongs to the
 * token whose bytes complete it; earlier tokens that only hold part of it get the empty string. Bytes that can
 * never form a character become U+FFFD in the token where that is certain. Not thread-safe; one per trace.
 */
public final class Utf8TokenAssembler {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] pending = new byte[4];
    private int pendingCount;

    /** Bytes still waiting for the rest of their character. */
    public int pendingBytes() {
        return pendingCount;
    }

    /**
     * Appends one token's bytes and returns the text it completes. When {@code bytes} is null the server gave none
     * and {@code fallback} (the token string) is used after flushing anything pending.
     */
    public String next(byte[] bytes, String fallback) {
        if (bytes == null) {
            return flush() + fallback;
        }
        byte[] all = new byte[pendingCount + bytes.length];
        System.arraycopy(pending, 0, all, 0, pendingCount);
        System.arraycopy(bytes, 0, all, pendingCount, bytes.length);
        int complete = completePrefix(all);
        int rest = all.length - complete;
        if (rest > 3) {
            complete = all.length;
            rest = 0;
        }
        pendingCount = rest;
        System.arraycopy(all, complete, pending, 0, rest);
        return decode(all, 0, complete);
    }

    /** Text for whatever is still pending (replacement characters), clearing it. */
    public String flush() {
        if (pendingCount == 0) {
            return "";
        }
        String s = decode(pending, 0, pendingCount);
        pendingCount = 0;
        return s;
    }

    /** Length of the longest prefix that does not end inside a (possibly valid) multi-byte sequence. */
    static int completePrefix(byte[] b) {
        int n = b.length;
        // look back at most 3 bytes for the lead byte of an unfinished sequence
        for (int back = 1; back <= Math.min(3, n); back++) {
            int v = b[n - back] & 0xFF;
            if ((v & 0xC0) == 0x80) {
                continue;
            }
            int need = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 ? 3 : v >= 0xC2 && v < 0xE0 ? 2 : 1;
            if (need > back) {
                return n - back;
            }
            return n;
        }
        return n;
    }

    private String decode(byte[] b, int off, int len) {
        if (len == 0) {
            return "";
        }
        decoder.reset();
        try {
            CharBuffer cb = decoder.decode(ByteBuffer.wrap(b, off, len));
            return cb.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
    }
}
