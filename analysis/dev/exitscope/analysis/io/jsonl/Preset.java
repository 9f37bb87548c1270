package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.io.FieldMapping;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The corpus layouts the JSON Lines importer knows by name ({@code --map preset=NAME}) or by their field names. */
enum Preset {
    QWEN25_MATH("qwen25-math", QwenMathRecords::matches),
    ZEROEVAL("zeroeval", ZeroEvalRecords::matches),
    MARCO_O1("marco-o1", MarcoRecords::matches);

    private final String wireName;
    private final Predicate<Map<String, @Nullable Object>> detector;

    Preset(String wireName, Predicate<Map<String, @Nullable Object>> detector) {
        this.wireName = wireName;
        this.detector = detector;
    }

    String wireName() {
        return wireName;
    }

    /** The preset called {@code name}, or null. */
    static @Nullable Preset byName(String name) {
        for (Preset p : values()) {
            if (p.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }

    /** The preset whose field names {@code record} has, or null. */
    static @Nullable Preset detect(Map<String, @Nullable Object> record) {
        for (Preset p : values()) {
            if (p.detector.test(record)) {
                return p;
            }
        }
        return null;
    }

    RecordConverter converter() {
        switch (this) {
            case QWEN25_MATH:
                return new QwenMathRecords();
            case ZEROEVAL:
                return new ZeroEvalRecords();
            default:
                return new MarcoRecords();
        }
    }

    /** The converter for a file whose first record is {@code first}: the named preset, a detected one, or fields. */
    static RecordConverter choose(@Nullable FieldMapping mapping, @Nullable Preset named,
                                  Map<String, @Nullable Object> first) {
        if (named != null) {
            return named.converter();
        }
        boolean onlyPreset = mapping == null || mapping.asMap().keySet().stream().allMatch("preset"::equals);
        Preset p = onlyPreset ? detect(first) : null;
        return p != null ? p.converter() : new MappedRecords(mapping);
    }
}
