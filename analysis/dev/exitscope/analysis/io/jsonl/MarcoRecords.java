package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code marco-o1} preset: the CoT demo set of Marco-o1 (AIDC-AI/Marco-o1, Apache-2.0, generated with
 * Qwen2.5-7B-Instruct), records {@code {instruction, response}} whose response is {@code <Thought>…</Thought>}
 * then {@code <Output>…</Output>}. There is no gold answer. The thinking block is found by the trace builder from
 * the {@code <Thought>} tags. Some records never close their {@code <Output>}; they are kept as they are and marked
 * {@code meta.extra.output = unclosed} ({@code closed} or {@code missing} otherwise).
 */
final class MarcoRecords implements RecordConverter {
    static final String SOURCE = "Marco-o1 CoT demo (AIDC-AI/Marco-o1)";

    static boolean matches(Map<String, @Nullable Object> r) {
        return r.containsKey("instruction") && r.get("response") instanceof String s && s.contains("<Thought>");
    }

    @Override
    public void convert(Map<String, @Nullable Object> r, RecordContext ctx) {
        if (!(r.get("response") instanceof String text)) {
            throw ctx.error("expected \"response\" to be a string");
        }
        int open = text.indexOf("<Output>");
        String output = open < 0 ? "missing" : text.indexOf("</Output>", open) < 0 ? "unclosed" : "closed";
        TraceMeta meta = TraceMeta.EMPTY.withSource(SOURCE).withLicense("Apache-2.0").withExtra("output", output);
        String id = JsonValues.text(r.get("id"));
        TraceBuilder b = ctx.builder(id != null ? id : ctx.fallbackId()).meta(meta)
                .question(new Question(JsonValues.text(r.get("instruction")), null, null));
        ctx.guard(() -> SplitText.append(b, text));
        ctx.emit(b);
    }
}
