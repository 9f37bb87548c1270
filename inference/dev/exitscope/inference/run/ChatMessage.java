package dev.exitscope.inference.run;

import java.util.Objects;

/** One message of a chat prompt: a role ({@code system}, {@code user}, {@code assistant}) and its text. */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }
}
