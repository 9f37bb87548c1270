package dev.exitscope.analysis.io.openai;

import com.fasterxml.jackson.core.JsonParser;
import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.io.JsonSupport;
import dev.exitscope.analysis.io.TraceImporter;
import dev.exitscope.analysis.io.TraceSink;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads non-streaming OpenAI-compatible chat completions ({@code "object": "chat.completion"}) as OpenAI, vLLM,
 * DeepSeek, llama.cpp and Ollama's OpenAI layer return them: one object, a JSON array of them, or several
 * objects one after another (JSON Lines). Each choice becomes a trace.
 *
 * <p>Tokens come from {@code choices[].logprobs.content[]} when present, else from splitting the text. Reasoning in
 * {@code message.reasoning_content} (DeepSeek, older vLLM) or {@code message.reasoning} (current vLLM) forms the
 * thinking block; reasoning inline in {@code <think>} tags is found by the trace builder. The trace id is the
 * response {@code id}, else {@code <file stem>:<record index from 0>}; with several choices it gets
 * {@code :<choice index>} appended and the traces form a group. Stateless and thread-safe.
 */
public final class OpenAiChatImporter implements TraceImporter {
    @Override
    public String name() {
        return "openai-chat";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FormatSniffing.isNative(head) || FormatSniffing.startsWithEventLine(head)) {
            return 0;
        }
        if (FormatSniffing.hasField(head, "object", "chat.completion")) {
            return 95;
        }
        boolean choices = FormatSniffing.hasKey(head, "choices");
        if (choices && FormatSniffing.hasKey(head, "message") && !FormatSniffing.hasKey(head, "delta")) {
            return 70;
        }
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonSupport.read(source, options.limits(),
                p -> new Reader(source, p, options.limits().maxTokens(), sink).readAll());
    }

    /** Reads chat completions: {@code message} and {@code logprobs.content} of each choice. */
    private static final class Reader extends ResponseReader {
        Reader(InputSource src, JsonParser p, int maxTokens, TraceSink sink) {
            super(src, p, maxTokens, sink, "chat.completion");
        }

        @Override
        protected boolean readChoiceField(String name, ChoiceState c) throws IOException {
            if (name.equals("message")) {
                OpenAiFields.readMessage(src, p, c, "message");
            } else if (name.equals("logprobs")) {
                OpenAiFields.readLogprobs(src, p, c.tokens);
            } else {
                return false;
            }
            return true;
        }

        @Override
        protected void checkObject(@Nullable String kind) {
            if ("chat.completion.chunk".equals(kind)) {
                throw JsonSupport.error(src, p, "expected a chat.completion, found a streaming chunk"
                        + " (read streams with --format openai-sse)");
            }
            if ("text_completion".equals(kind)) {
                throw JsonSupport.error(src, p, "expected a chat.completion, found a text_completion"
                        + " (read it with --format completions)");
            }
        }
    }
}
