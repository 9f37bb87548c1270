package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.io.TraceInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code --steps} file: JSON Lines, one trace a line, {@code {"id": …, "steps": ["text of step 1", …]}} or
 * {@code {"id": …, "stepEnds": [char offset, …]}}, optionally with {@code "stepSeries": {"sim": [one value or null
 * per step], …}}. Blank lines are skipped. A malformed line is a {@link TraceInputException} naming the file and
 * line. Stateless.
 */
final class StepsFile {
    private StepsFile() {
    }

    /** The steps of every line, in file order. */
    static List<StepsPatch> read(Path file) throws IOException {
        String f = file.toString();
        List<StepsPatch> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = f + ":" + lineNo;
                try {
                    out.add(patch(JsonLine.object(line), where));
                } catch (IllegalArgumentException e) {
                    throw TraceInputException.ofFile(where, e.getMessage());
                }
            }
        }
        return out;
    }

    private static StepsPatch patch(Map<String, @Nullable Object> m, String where) {
        Object id = m.get("id");
        if (!(id instanceof String) || ((String) id).isEmpty()) {
            throw new IllegalArgumentException("expected \"id\" (the trace id, a string), found "
                    + ProbeRecords.describe(id));
        }
        Object steps = m.get("steps");
        Object ends = m.get("stepEnds");
        if ((steps == null) == (ends == null)) {
            throw new IllegalArgumentException("trace " + id + ": expected either \"steps\" (the step texts) or"
                    + " \"stepEnds\" (char offsets)");
        }
        String[] texts = null;
        int[] charEnds = null;
        int count;
        if (steps != null) {
            texts = texts(steps, (String) id);
            count = texts.length;
        } else {
            charEnds = ends(ends, (String) id);
            count = charEnds.length;
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        Object series = m.get("stepSeries");
        if (series != null) {
            if (!(series instanceof Map)) {
                throw new IllegalArgumentException("trace " + id + ": expected \"stepSeries\" to be an object of"
                        + " arrays");
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) series).entrySet()) {
                float[] v = numbers(e.getValue(), "stepSeries." + e.getKey(), (String) id);
                if (v.length != count) {
                    throw new IllegalArgumentException("trace " + id + ": stepSeries." + e.getKey() + " has "
                            + v.length + " values for " + count + " steps");
                }
                values.put((String) e.getKey(), v);
            }
        }
        return new StepsPatch((String) id, texts, charEnds, values, where);
    }

    private static String[] texts(Object v, String id) {
        if (!(v instanceof List) || ((List<?>) v).isEmpty()) {
            throw new IllegalArgumentException("trace " + id + ": expected \"steps\" to be a non-empty array of"
                    + " strings");
        }
        List<?> list = (List<?>) v;
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof String)) {
                throw new IllegalArgumentException("trace " + id + ": expected step " + (i + 1) + " to be a string,"
                        + " found " + ProbeRecords.describe(list.get(i)));
            }
            out[i] = (String) list.get(i);
        }
        return out;
    }

    private static int[] ends(Object v, String id) {
        if (!(v instanceof List) || ((List<?>) v).isEmpty()) {
            throw new IllegalArgumentException("trace " + id + ": expected \"stepEnds\" to be a non-empty array of"
                    + " char offsets");
        }
        List<?> list = (List<?>) v;
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object x = list.get(i);
            if (!(x instanceof Double) || (Double) x < 0 || (Double) x != Math.rint((Double) x)
                    || (Double) x > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("trace " + id + ": expected stepEnds[" + i + "] to be an"
                        + " integer >= 0, found " + ProbeRecords.describe(x));
            }
            out[i] = (int) (double) (Double) x;
        }
        return out;
    }

    private static float[] numbers(@Nullable Object v, String field, String id) {
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("trace " + id + ": expected " + field + " to be an array of numbers");
        }
        List<?> list = (List<?>) v;
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object x = list.get(i);
            if (x != null && !(x instanceof Double)) {
                throw new IllegalArgumentException("trace " + id + ": expected " + field + "[" + i + "] to be a"
                        + " number or null, found " + ProbeRecords.describe(x));
            }
            out[i] = x == null ? Float.NaN : (float) (double) (Double) x;
        }
        return out;
    }
}
