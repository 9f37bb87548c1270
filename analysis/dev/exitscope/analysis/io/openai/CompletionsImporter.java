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
 * Reads legacy text completions ({@code "object": "text_completion"}) as vLLM's {@code /v1/completions} returns
 * them: {@code choices[].text} with {@code choices[].logprobs} holding parallel lists {@code tokens},
 * {@code token_logprobs} (entries may be null), {@code top_logprobs} (one map token → logprob per position, or
 * null) and {@code text_offset}. One object, a JSON array of them or JSON Lines; each choice is a trace, named and
 * grouped as in {@link OpenAiChatImporter}. Any {@code <think>} block is found from its tags. Stateless and
 * thread-safe.
 */
public final class CompletionsImporter implements TraceImporter {
    @Override
    public String name() {
        return "completions";
    }

    @Override
    public int sniff(String fileName, String head) {
        if (FormatSniffing.isNative(head) || FormatSniffing.startsWithEventLine(head)) {
            return 0;
        }
        if (FormatSniffing.hasField(head, "object", "text_completion")) {
            return 95;
        }
        if (FormatSniffing.hasKey(head, "token_logprobs") || FormatSniffing.hasKey(head, "text_offset")) {
            return 85;
        }
        boolean choices = FormatSniffing.hasKey(head, "choices") && FormatSniffing.hasKey(head, "text");
        if (choices && !FormatSniffing.hasKey(head, "message") && !FormatSniffing.hasKey(head, "delta")) {
            return 60;
        }
        return 0;
    }

    @Override
    public void read(InputSource source, ImportOptions options, TraceSink sink) throws IOException {
        JsonSupport.read(source, options.limits(),
                p -> new Reader(source, p, options.limits().maxTokens(), sink).readAll());
    }

    /** Reads text completions: {@code text} and the parallel {@code logprobs} lists of each choice. */
    private static final class Reader extends ResponseReader {
        Reader(InputSource src, JsonParser p, int maxTokens, TraceSink sink) {
            super(src, p, maxTokens, sink, "text_completion");
        }

        @Override
        protected boolean readChoiceField(String name, ChoiceState c) throws IOException {
            if (name.equals("text")) {
                String text = JsonSupport.stringOrNull(src, p, "\"text\"");
                c.content.append(text == null ? "" : text);
            } else if (name.equals("logprobs")) {
                new LegacyLogprobs(src, p).readInto(c.tokens);
            } else if (name.equals("message") || name.equals("delta")) {
                throw JsonSupport.error(src, p, "expected a text completion choice (with \"text\"), found a chat"
                        + " choice with \"" + name + "\" (read it with --format openai-chat or openai-sse)");
            } else {
                return false;
            }
            return true;
        }

        @Override
        protected void checkObject(@Nullable String kind) {
            if ("chat.completion".equals(kind)) {
                throw JsonSupport.error(src, p, "expected a text_completion, found a chat.completion"
                        + " (read it with --format openai-chat)");
            }
            if ("chat.completion.chunk".equals(kind)) {
                throw JsonSupport.error(src, p, "expected a text_completion, found a streaming chunk"
                        + " (read streams with --format openai-sse)");
            }
        }
    }
}
