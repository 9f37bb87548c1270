package dev.exitscope.inference.run;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to generate. Exactly one of {@code prompt} (raw text, fed as it is) and {@code messages} (a chat, rendered
 * by the model's chat template or sent as messages to a chat server) is set. {@code logprobs} is how many top
 * alternatives to record per token (0: none), independent of sampling's top-k. {@code stop} strings end the
 * generation where they appear (the stop string itself is not kept).
 */
public record GenerationRequest(@Nullable String prompt, @Nullable List<ChatMessage> messages, int maxTokens,
                                Sampling sampling, int logprobs, List<String> stop) {
    public static final int DEFAULT_LOGPROBS = 20;

    public GenerationRequest {
        if ((prompt == null) == (messages == null)) {
            throw new IllegalArgumentException("give either a prompt or chat messages, not both or neither");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be >= 1, not " + maxTokens);
        }
        if (logprobs < 0) {
            throw new IllegalArgumentException("logprobs must be >= 0, not " + logprobs);
        }
        messages = messages == null ? null : List.copyOf(messages);
        stop = List.copyOf(stop);
    }

    /** A chat of one user message, greedy, with the default number of alternatives. */
    public static GenerationRequest chat(String userText, int maxTokens) {
        return new GenerationRequest(null, List.of(ChatMessage.user(userText)), maxTokens, Sampling.GREEDY,
                DEFAULT_LOGPROBS, List.of());
    }

    /** The text of the prompt as the trace's prompt field shows it: the raw prompt, or the messages in order. */
    public String promptText() {
        if (prompt != null) {
            return prompt;
        }
        StringBuilder b = new StringBuilder();
        for (ChatMessage m : java.util.Objects.requireNonNull(messages)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(m.role()).append(": ").append(m.content());
        }
        return b.toString();
    }
}
