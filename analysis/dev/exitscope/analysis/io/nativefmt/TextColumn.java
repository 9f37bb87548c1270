package dev.exitscope.analysis.io.nativefmt;

import java.util.Arrays;

/**
 * The token texts of a native trace as read: every text's chars in one growable {@code char} array plus the end
 * offset of each, so reading a column of texts allocates no string per token. Not thread-safe.
 */
final class TextColumn {
    private char[] chars = new char[1024];
    private int charCount;
    private int[] ends = new int[256];
    private int size;

    /** Appends one text given as {@code len} chars of {@code buf} from {@code off}. */
    void add(char[] buf, int off, int len) {
        if (charCount + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
        }
        System.arraycopy(buf, off, chars, charCount, len);
        charCount += len;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = charCount;
    }

    /**
     * The char array with room for at least {@code extra} more chars, for a decoder that writes a text in place
     * and then calls {@link #commit}.
     */
    char[] room(int extra) {
        if (charCount + extra > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + extra));
        }
        return chars;
    }

    /** The chars written in place from {@link #charCount()} up to {@code newCharCount} end one more text. */
    void commit(int newCharCount) {
        charCount = newCharCount;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = charCount;
    }

    /** The end offset of every text; entry {@code i} for {@code i < size()}. */
    int[] ends() {
        return ends;
    }

    void clear() {
        size = 0;
        charCount = 0;
    }

    int size() {
        return size;
    }

    /** Chars in all texts together. */
    int charCount() {
        return charCount;
    }

    /** The backing chars; text {@code i} is {@code [start(i), end(i))}. */
    char[] chars() {
        return chars;
    }

    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    int end(int i) {
        return ends[i];
    }
}
