package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.LogprobColumns;
import dev.exitscope.analysis.trace.GroupRef;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import dev.exitscope.analysis.trace.TraceMeta;
import org.jspecify.annotations.Nullable;

/**
 * What one choice of an OpenAI-style response has delivered so far: its reasoning and content text and its
 * server tokens. Chunks of a stream add to it; a whole response fills it at once. Not thread-safe.
 */
final class ChoiceState {
    int index;
    final LogprobColumns tokens;
    final StringBuilder reasoning = new StringBuilder();
    final StringBuilder content = new StringBuilder();
    @Nullable String finishReason;
    private final int maxTokens;

    ChoiceState(int index, InputSource src, int maxTokens) {
        this.index = index;
        this.tokens = new LogprobColumns(src, maxTokens);
        this.maxTokens = maxTokens;
    }

    /**
     * Freezes the choice into a trace. With several choices in one response the trace id gets the choice index
     * appended and the trace joins the group named by the response id.
     *
     * @param p the parser, for the location of errors
     */
    Trace build(String responseId, boolean grouped, @Nullable String model, JsonParser p) {
        String id = grouped ? responseId + ":" + index : responseId;
        TraceMeta meta = TraceMeta.EMPTY.withModel(model);
        if (finishReason != null) {
            meta = meta.withExtra("finishReason", finishReason);
        }
        TraceBuilder b = new TraceBuilder(id, maxTokens).meta(meta);
        if (grouped) {
            b.group(new GroupRef(responseId, index));
        }
        String r = reasoning.length() == 0 ? null : reasoning.toString();
        String c = content.length() == 0 ? null : content.toString();
        ResponseAssembly.emit(tokens, b, r, c, p);
        return tokens.build(b, p);
    }
}
