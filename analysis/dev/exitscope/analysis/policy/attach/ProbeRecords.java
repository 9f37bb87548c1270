package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.ProbeToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads probes in the native format's shape from parsed JSON. Stateless. */
final class ProbeRecords {
    private ProbeRecords() {
    }

    static List<Probe> probes(@Nullable Object v) {
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("expected \"probes\" to be an array");
        }
        List<Probe> out = new ArrayList<>();
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
            out.add(probe(list.get(i), "probes[" + i + "]"));
        }
        return out;
    }

    private static Probe probe(@Nullable Object v, String field) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("expected " + field + " to be an object");
        }
        Map<?, ?> m = (Map<?, ?>) v;
        Object kind = m.get("kind");
        if (!(kind instanceof String) || !Probe.KINDS.contains(kind)) {
            throw new IllegalArgumentException("expected " + field + ".kind to be one of deer, dynasor, puma, lynx,"
                    + " forced, prm, found " + describe(kind));
        }
        Object at = m.get("at");
        if (!(at instanceof Double) || (Double) at < 0 || (Double) at != Math.rint((Double) at)
                || (Double) at > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected " + field + ".at to be an integer >= 0 (the prefix length),"
                    + " found " + describe(at));
        }
        return new Probe((String) kind, (int) (double) (Double) at, string(m, "answer", field),
                number(m, "confidence", field), string(m, "text", field), out(m.get("out"), field),
                bool(m, "correct", field), number(m, "p", field));
    }

    private static List<ProbeToken> out(@Nullable Object v, String field) {
        List<ProbeToken> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("expected " + field + ".out to be an array");
        }
        for (Object o : (List<?>) v) {
            String item = field + ".out[" + out.size() + "]";
            if (!(o instanceof Map) || !(((Map<?, ?>) o).get("text") instanceof String)) {
                throw new IllegalArgumentException("expected " + item + " to be {\"text\": …, \"logprob\": …}");
            }
            Double lp = number((Map<?, ?>) o, "logprob", item);
            out.add(new ProbeToken((String) ((Map<?, ?>) o).get("text"), lp == null ? Float.NaN : (float) (double) lp));
        }
        return out;
    }

    private static @Nullable String string(Map<?, ?> m, String key, String field) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("expected " + field + "." + key + " to be a string");
        }
        return (String) v;
    }

    private static @Nullable Double number(Map<?, ?> m, String key, String field) {
        Object v = m.get(key);
        if (v != null && !(v instanceof Double)) {
            throw new IllegalArgumentException("expected " + field + "." + key + " to be a number");
        }
        return (Double) v;
    }

    private static @Nullable Boolean bool(Map<?, ?> m, String key, String field) {
        Object v = m.get(key);
        if (v != null && !(v instanceof Boolean)) {
            throw new IllegalArgumentException("expected " + field + "." + key + " to be true or false");
        }
        return (Boolean) v;
    }

    static String describe(@Nullable Object v) {
        if (v == null) {
            return "nothing";
        }
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }
}
