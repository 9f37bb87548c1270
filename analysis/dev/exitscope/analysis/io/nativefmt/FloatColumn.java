package dev.exitscope.analysis.io.nativefmt;

import java.util.Arrays;

/** A growable {@code float} array for columns read before the token count is known. Not thread-safe. */
final class FloatColumn {
    private float[] values = new float[64];
    private int size;

    void add(float v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void clear() {
        size = 0;
    }

    float get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    /** The backing array; entries past {@link #size()} are unspecified. */
    float[] values() {
        return values;
    }

    float[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
