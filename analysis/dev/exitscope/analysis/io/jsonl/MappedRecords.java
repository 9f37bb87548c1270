package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.io.FieldMapping;
import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generic records: each trace field comes from the field the {@link FieldMapping} names, or else from the first
 * common field name present ({@link #AUTO}). A response that is a list of strings becomes a group of traces
 * ({@code <id>:<i>}); a {@code reasoning} field, when present, is put before the response and forms the thinking
 * block; otherwise the builder detects {@code <think>} tags in the response.
 */
final class MappedRecords implements RecordConverter {
    /** Field names tried, in order, for each target when the mapping does not name one. */
    static final Map<String, List<String>> AUTO = Map.of(
            "id", List.of("id", "idx", "session_id", "uid", "_id"),
            "question", List.of("question", "problem", "prompt", "instruction", "query", "input"),
            "response", List.of("response", "output", "completion", "generation", "model_output"),
            "gold", List.of("gold", "gt", "answer", "ground_truth", "target"),
            "reasoning", List.of("reasoning", "reasoning_content", "thinking"),
            "model", List.of("model", "generator", "model_name"),
            "answerType", List.of("answer_type", "answerType"),
            "answer", List.of("pred", "prediction", "extracted_answer"),
            "correct", List.of("correct", "is_correct"));

    private final @Nullable FieldMapping mapping;
    private final Map<String, Integer> groupSizes = new HashMap<>();

    MappedRecords(@Nullable FieldMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void convert(Map<String, @Nullable Object> r, RecordContext ctx) {
        Object response = field(r, "response", ctx);
        if (response == null) {
            throw ctx.error("no response text: expected one of the fields " + AUTO.get("response")
                    + " (or name it with --map response=FIELD)");
        }
        String id = JsonValues.text(field(r, "id", ctx));
        String base = id != null ? id : ctx.fallbackId();
        String gold = JsonValues.text(field(r, "gold", ctx));
        String typeName = JsonValues.text(field(r, "answerType", ctx));
        AnswerType type = typeName != null ? AnswerType.fromWire(typeName) : GoldAnswers.guessType(gold);
        if (typeName != null && type == null) {
            throw ctx.error("unknown answer type '" + typeName + "', expected numeric, latex, mcq, code or text");
        }
        Question q = new Question(JsonValues.text(field(r, "question", ctx)), gold, type);
        TraceMeta meta = TraceMeta.EMPTY.withModel(JsonValues.text(field(r, "model", ctx)))
                .withDatasetLabels(JsonValues.text(field(r, "answer", ctx)), JsonValues.bool(field(r, "correct", ctx)));
        String reasoning = JsonValues.text(field(r, "reasoning", ctx));
        String prompt = mapping == null || mapping.source("prompt") == null ? null
                : JsonValues.text(JsonValues.at(r, mapping.source("prompt")));
        String group = JsonValues.text(field(r, "group", ctx));
        if (response instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String text)) {
                    throw ctx.error("expected the response list to hold strings, found " + describe(list.get(i)));
                }
                String tid = list.size() == 1 ? base : base + ":" + i;
                GroupRef g = list.size() == 1 ? groupRef(group) : new GroupRef(base, i);
                emit(ctx, ctx.builder(tid).question(q).meta(meta).prompt(prompt).group(g), reasoning, text);
            }
        } else if (response instanceof String text) {
            emit(ctx, ctx.builder(base).question(q).meta(meta).prompt(prompt).group(groupRef(group)), reasoning, text);
        } else {
            throw ctx.error("expected the response to be a string or a list of strings, found " + describe(response));
        }
    }

    private @Nullable GroupRef groupRef(@Nullable String group) {
        if (group == null) {
            return null;
        }
        int n = groupSizes.merge(group, 1, Integer::sum);
        return new GroupRef(group, n - 1);
    }

    private static void emit(RecordContext ctx, TraceBuilder b, @Nullable String reasoning, String text) {
        ctx.guard(() -> {
            if (reasoning != null && !reasoning.isEmpty()) {
                SplitText.append(b, reasoning);
                int end = b.tokenCount();
                SplitText.append(b, text.isEmpty() ? text : "\n\n" + text);
                b.thinkRange(0, end);
            } else {
                SplitText.append(b, text);
            }
        });
        ctx.emit(b);
    }

    private @Nullable Object field(Map<String, @Nullable Object> r, String target, RecordContext ctx) {
        String src = mapping == null ? null : mapping.source(target);
        if (src != null) {
            Object v = JsonValues.at(r, src);
            if (v == null && "response".equals(target)) {
                throw ctx.error("no field '" + src + "' (mapped to response)");
            }
            return v;
        }
        for (String name : AUTO.getOrDefault(target, List.of())) {
            if (mapping != null && mapping.asMap().containsValue(name)) {
                continue;
            }
            Object v = r.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String describe(@Nullable Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return v instanceof String ? "a string" : v instanceof Boolean ? "a boolean" : "a number";
    }
}
