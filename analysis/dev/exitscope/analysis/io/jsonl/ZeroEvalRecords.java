package dev.exitscope.analysis.io.jsonl;

import dev.exitscope.analysis.answer.AnswerType;
import dev.exitscope.analysis.io.SplitText;
import dev.exitscope.analysis.trace.Decoding;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code zeroeval} preset: result records of ZeroEval (WildEval/ZeroEval, Apache-2.0; outputs made with the
 * OpenAI API, whose terms apply). {@code output[0]} is the model reply, a {@code ```json} block with
 * {@code reasoning} and {@code answer}, read by {@link LenientJsonFields}. The trace text is the reasoning, a blank
 * line, then the answer; the reasoning tokens form the thinking block. A reply without such an object (an API
 * error) becomes a trace of the raw reply with no thinking block. {@code meta.extra.parse} records how the reply
 * was read: {@code strict}, {@code lenient} or {@code none}.
 */
final class ZeroEvalRecords implements RecordConverter {
    static final String SOURCE = "ZeroEval (WildEval/ZeroEval)";
    static final String LICENSE = "Apache-2.0; OpenAI terms apply to the generated text";

    static boolean matches(Map<String, @Nullable Object> r) {
        return r.get("output") instanceof List && r.containsKey("generator")
                && (r.containsKey("session_id") || r.containsKey("chat_history"));
    }

    @Override
    public void convert(Map<String, @Nullable Object> r, RecordContext ctx) {
        if (!(r.get("output") instanceof List<?> outs) || outs.isEmpty() || !(outs.get(0) instanceof String out)) {
            throw ctx.error("expected \"output\" to be a list holding the reply string");
        }
        String id = JsonValues.text(r.get("session_id"));
        if (id == null) {
            id = JsonValues.text(r.get("id"));
        }
        TraceBuilder b = ctx.builder(id != null ? id : ctx.fallbackId());
        TraceMeta meta = TraceMeta.EMPTY.withSource(SOURCE).withLicense(LICENSE)
                .withModel(JsonValues.text(r.get("generator")));
        String goldRaw = JsonValues.text(r.get("answer"));
        String gold = goldRaw;
        if (goldRaw != null && goldRaw.strip().startsWith("#")) {
            gold = GoldAnswers.stripGsmMark(goldRaw);
            meta = meta.withExtra("goldRaw", goldRaw);
        }
        String dataset = JsonValues.text(r.get("dataset"));
        if (dataset != null) {
            meta = meta.withExtra("dataset", dataset);
        }
        String question = JsonValues.text(r.get("question"));
        if (question == null) {
            question = JsonValues.text(r.get("problem"));
        }
        AnswerType type = goldRaw != null && goldRaw.strip().startsWith("#") ? AnswerType.NUMERIC
                : GoldAnswers.guessType(gold);
        b.question(new Question(question, gold, type)).decoding(decoding(r.get("configs")));
        if (r.get("chat_history") instanceof List<?> h && !h.isEmpty()) {
            b.prompt(JsonValues.text(h.get(h.size() - 1)));
        }
        LenientJsonFields.Parsed parsed = LenientJsonFields.parse(out, ctx.factory());
        if (parsed == null) {
            b.meta(meta.withExtra("parse", "none"));
            ctx.guard(() -> SplitText.append(b, out));
            b.thinkRange(null, null);
        } else {
            b.meta(meta.withExtra("parse", parsed.lenient() ? "lenient" : "strict"));
            String reasoning = parsed.reasoning() == null ? "" : parsed.reasoning();
            String answer = parsed.answer() == null ? "" : parsed.answer();
            ctx.guard(() -> {
                SplitText.append(b, reasoning);
                int thinkEnd = b.tokenCount();
                if (!answer.isEmpty()) {
                    SplitText.append(b, reasoning.isEmpty() ? answer : "\n\n" + answer);
                }
                b.thinkRange(thinkEnd == 0 ? null : 0, thinkEnd == 0 ? null : thinkEnd);
            });
        }
        ctx.emit(b);
    }

    private static Decoding decoding(@Nullable Object configs) {
        if (!(configs instanceof Map<?, ?> c)) {
            return Decoding.UNKNOWN;
        }
        double t = JsonValues.number(c.get("temperature"));
        double p = JsonValues.number(c.get("top_p"));
        double m = JsonValues.number(c.get("max_tokens"));
        return new Decoding(Double.isNaN(t) ? null : t, Double.isNaN(p) ? null : p, null,
                Double.isNaN(m) ? null : (int) m);
    }
}
