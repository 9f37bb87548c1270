package dev.exitscope.analysis.io.jsonl;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns one parsed corpus record into one or more traces. Implementations may keep per-file state. */
interface RecordConverter {
    void convert(Map<String, @Nullable Object> record, RecordContext ctx);
}
