package dev.exitscope.analysis.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps trace fields to a corpus's own field names, parsed from {@code question=problem,gold=answer,response=output}.
 * Known targets: {@code id, question, gold, response, reasoning, prompt, model, group, answerType, answer, correct}.
 * A source name may be a dotted path into nested objects ({@code meta.model}). The extra target {@code preset}
 * names a corpus preset of the JSON Lines importer instead of a field ({@code preset=qwen25-math}).
 */
public final class FieldMapping {
    public static final Set<String> TARGETS = Set.of("id", "question", "gold", "response", "reasoning", "prompt",
            "model", "group", "answerType", "answer", "correct", "preset");

    private final Map<String, String> map;

    private FieldMapping(Map<String, String> map) {
        this.map = Collections.unmodifiableMap(map);
    }

    public static FieldMapping of(Map<String, String> m) {
        for (String k : m.keySet()) {
            if (!TARGETS.contains(k)) {
                throw new IllegalArgumentException("unknown mapping target '" + k + "', expected one of "
                        + new java.util.TreeSet<>(TARGETS));
            }
        }
        return new FieldMapping(new LinkedHashMap<>(m));
    }

    /** Parses {@code target=source,…}. */
    public static FieldMapping parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("bad mapping '" + p + "', expected target=sourceField");
            }
            m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("empty mapping, expected target=sourceField,…");
        }
        return of(m);
    }

    public @Nullable String source(String target) {
        return map.get(target);
    }

    public Map<String, String> asMap() {
        return map;
    }
}
