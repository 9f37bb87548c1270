package dev.exitscope.analysis.io.nativefmt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The token texts of a native trace as read: every text's chars in one growable array plus the end offset of each,
 * so reading a column of texts allocates no string per token. While every char fits in one byte (token texts are
 * nearly always ASCII) the chars are kept as Latin-1 bytes, which {@link #text()} turns into a {@code String}
 * without a per-char step; the first char above {@code 0xFF} widens the column to a {@code char} array for the rest
 * of it. Not thread-safe.
 */
final class TextColumn {
    private byte[] bytes = new byte[1024];
    private char[] chars = new char[0];
    private boolean wide;
    private int charCount;
    private int[] ends = new int[256];
    private int size;

    /** Appends one text given as {@code len} chars of {@code buf} from {@code off}. */
    void add(char[] buf, int off, int len) {
        if (!wide) {
            int i = 0;
            while (i < len && buf[off + i] <= 0xFF) {
                i++;
            }
            if (i == len) {
                byte[] dst = roomForBytes(len);
                for (int j = 0; j < len; j++) {
                    dst[charCount + j] = (byte) buf[off + j];
                }
                endText(charCount + len);
                return;
            }
            widen();
        }
        System.arraycopy(buf, off, roomForChars(len), charCount, len);
        endText(charCount + len);
    }

    /**
     * The Latin-1 bytes with room for {@code extra} more, for a reader that copies texts in itself: it grows
     * {@link #ends()} with {@link #growEnds}, then reports what it wrote with {@link #sync}. Only while
     * {@link #isLatin1()}.
     */
    byte[] latin1Room(int extra) {
        return roomForBytes(extra);
    }

    /** Grows the end offsets for more texts; returns them. */
    int[] growEnds() {
        ends = Arrays.copyOf(ends, ends.length * 2);
        return ends;
    }

    /** Takes over {@code newCharCount} chars and {@code newSize} texts written into {@link #latin1()} directly. */
    void sync(int newCharCount, int newSize) {
        charCount = newCharCount;
        size = newSize;
    }

    private byte[] roomForBytes(int extra) {
        if (charCount + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, charCount + extra));
        }
        return bytes;
    }

    private char[] roomForChars(int extra) {
        if (charCount + extra > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + extra));
        }
        return chars;
    }

    /** Switches to a {@code char} array, the Latin-1 chars so far inflated into it. */
    private void widen() {
        if (chars.length < bytes.length) {
            chars = new char[bytes.length];
        }
        for (int i = 0; i < charCount; i++) {
            chars[i] = (char) (bytes[i] & 0xFF);
        }
        wide = true;
    }

    private void endText(int newCharCount) {
        charCount = newCharCount;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = charCount;
    }

    /** All texts one after another, text {@code i} being {@code [start(i), end(i))}. */
    String text() {
        return wide ? new String(chars, 0, charCount) : new String(bytes, 0, charCount, StandardCharsets.ISO_8859_1);
    }

    /** Whether every char so far fits in one byte. */
    boolean isLatin1() {
        return !wide;
    }

    /** The end offset of every text; entry {@code i} for {@code i < size()}. */
    int[] ends() {
        return ends;
    }

    /** Empties the column, which then keeps Latin-1 bytes again. */
    void clear() {
        size = 0;
        charCount = 0;
        wide = false;
    }

    int size() {
        return size;
    }

    /** Chars in all texts together. */
    int charCount() {
        return charCount;
    }

    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    int end(int i) {
        return ends[i];
    }
}
