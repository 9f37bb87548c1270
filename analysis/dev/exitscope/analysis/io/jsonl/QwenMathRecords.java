package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code qwen25-math} preset: records of Qwen2.5-Math's evaluation harness ({@code math_cot_100.jsonl},
 * MIT licence) with {@code response} = a list of sampled solutions and parallel {@code pred} / {@code score} lists.
 * Each record becomes one group of traces, sample {@code i} with id {@code <idx>:<i>}; the dataset's own extracted
 * answer and correctness go to {@code meta.datasetAnswer} / {@code meta.datasetCorrect}, never to ExitScope's
 * own final answer.
 */
final class QwenMathRecords implements RecordConverter {
    static final String SOURCE = "Qwen2.5-Math evaluation harness (QwenLM/Qwen2.5-Math)";

    /** True when the record has this preset's field names. */
    static boolean matches(Map<String, @Nullable Object> r) {
        return r.get("response") instanceof List && r.containsKey("pred") && r.containsKey("score")
                && r.containsKey("gt");
    }

    @Override
    public void convert(Map<String, @Nullable Object> r, RecordContext ctx) {
        if (!(r.get("response") instanceof List<?> responses)) {
            throw ctx.error("expected \"response\" to be a list of strings");
        }
        String idx = JsonValues.text(r.get("idx"));
        String base = idx != null ? idx : ctx.fallbackId();
        String gold = JsonValues.text(r.get("gt"));
        Question q = new Question(JsonValues.text(r.get("question")), gold, GoldAnswers.guessType(gold));
        String level = JsonValues.text(r.get("level"));
        for (int i = 0; i < responses.size(); i++) {
            if (!(responses.get(i) instanceof String text)) {
                throw ctx.error("expected \"response\"[" + i + "] to be a string");
            }
            TraceMeta meta = TraceMeta.EMPTY.withSource(SOURCE).withLicense("MIT")
                    .withDatasetLabels(JsonValues.text(element(r, "pred", i)), JsonValues.bool(element(r, "score", i)));
            if (level != null) {
                meta = meta.withExtra("level", level);
            }
            double rm = JsonValues.number(element(r, "pred_score", i));
            if (!Double.isNaN(rm)) {
                meta = meta.withExtra("rmScore", Double.toString(rm));
            }
            TraceBuilder b = ctx.builder(base + ":" + i).group(new GroupRef(base, i)).question(q).meta(meta)
                    .prompt(JsonValues.text(r.get("query")));
            ctx.guard(() -> SplitText.append(b, text));
            ctx.emit(b);
        }
    }

    private static @Nullable Object element(Map<String, @Nullable Object> r, String key, int i) {
        return r.get(key) instanceof List<?> l && i < l.size() ? l.get(i) : null;
    }
}
