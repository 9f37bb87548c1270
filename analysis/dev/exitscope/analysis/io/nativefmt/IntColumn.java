package dev.exitscope.analysis.io.nativefmt;

import java.util.Arrays;

/** A growable {@code int} array for columns read before the token count is known. Not thread-safe. */
final class IntColumn {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }
}
