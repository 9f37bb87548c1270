package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import java.util.Arrays;

/**
 * One attached series for one trace: dense (a JSON Lines record, one value per token) or sparse (CSV rows, each
 * remembering its line for error messages). Immutable once read.
 */
final class SeriesPatch {
    private final String id;
    private final String name;
    private final String file;
    private final long record;
    private final float[] values;
    private final int @org.jspecify.annotations.Nullable [] tokens;
    private final int @org.jspecify.annotations.Nullable [] lines;

    private SeriesPatch(String id, String name, String file, long record, float[] values,
                        int @org.jspecify.annotations.Nullable [] tokens,
                        int @org.jspecify.annotations.Nullable [] lines) {
        this.id = id;
        this.name = name;
        this.file = file;
        this.record = record;
        this.values = values;
        this.tokens = tokens;
        this.lines = lines;
    }

    static SeriesPatch dense(String id, String name, float[] values, String file, long record) {
        return new SeriesPatch(id, name, file, record, values, null, null);
    }

    static SeriesPatch sparse(String id, String name, int[] tokens, float[] values, int[] lines, String file) {
        return new SeriesPatch(id, name, file, -1, values, tokens, lines);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    /** Where the series was first given: {@code FILE: record N} or {@code FILE:LINE}. */
    String where() {
        return lines == null ? file + ": record " + record : file + ":" + lines[0];
    }

    /** The values for {@code trace}, one per token; a length mismatch or a token past the end is an error. */
    float[] values(Trace trace) {
        int n = trace.tokenCount();
        if (tokens == null || lines == null) {
            if (values.length != n) {
                throw TraceInputException.inRecord(file, record, "series " + name + " has " + values.length
                        + " values but trace " + id + " has " + n + " tokens");
            }
            return values.clone();
        }
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] >= n) {
                throw TraceInputException.ofFile(file + ":" + lines[i], "token " + tokens[i]
                        + " is past the end of trace " + id + " (" + n + " tokens)");
            }
            out[tokens[i]] = values[i];
        }
        return out;
    }
}
