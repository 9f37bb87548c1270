package dev.exitscope.analysis.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A replay with its decisions, for tests and debugging: {@code perToken.get(i)} is the policy's answer after token
 * {@code i}; the list stops at the token where it exited. {@code atEnd} is the answer to the end of the trace, null
 * when the policy exited before it.
 */
public record ReplayLog(List<Decision> perToken, @Nullable Decision atEnd, ReplayResult result) {
    public ReplayLog {
        perToken = List.copyOf(perToken);
    }

    /** The same as {@link #perToken()}. */
    public List<Decision> decisions() {
        return perToken;
    }
}
