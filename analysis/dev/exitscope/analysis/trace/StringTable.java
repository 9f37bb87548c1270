package dev.exitscope.analysis.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Distinct strings stored as one char blob plus offsets. Top-k alternatives repeat heavily (a vocabulary has
 * far fewer distinct tokens than a trace has positions), so a trace stores each alternative as an int id.
 * Build with {@link Builder}; the built table is immutable and thread-safe.
 */
public final class StringTable {
    private final char[] chars;
    private final int[] offsets;

    private StringTable(char[] chars, int[] offsets) {
        this.chars = chars;
        this.offsets = offsets;
    }

    public int size() {
        return offsets.length - 1;
    }

    public String get(int id) {
        return new String(chars, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** Approximate retained bytes. */
    public long retainedBytes() {
        return 32L + 2L * chars.length + 4L * offsets.length;
    }

    /** Interns strings and hands out dense ids in order of first appearance. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private char[] chars = new char[1024];
        private int charCount;
        private int[] offsets = new int[257];
        private int count;

        public int intern(String s) {
            Integer id = ids.get(s);
            if (id != null) {
                return id;
            }
            int n = count++;
            ids.put(s, n);
            if (charCount + s.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + s.length()));
            }
            s.getChars(0, s.length(), chars, charCount);
            charCount += s.length();
            if (count + 1 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[count] = charCount;
            return n;
        }

        public StringTable build() {
            return new StringTable(Arrays.copyOf(chars, charCount), Arrays.copyOf(offsets, count + 1));
        }
    }
}
