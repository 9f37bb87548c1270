package dev.exitscope.analysis.policy;

import dev.exitscope.analysis.trace.Probe;
import org.jspecify.annotations.Nullable;

/**
 * A policy's answer after a token: continue, or exit keeping the prefix {@code [0, exitToken)}.
 *
 * @param probe the probe whose answer the policy exits with, when it decided on one (DEER's trial, a LYNX forced
 *              answer); null otherwise
 */
public record Decision(boolean exit, int exitToken, ExitReason reason, @Nullable Probe probe) {
    public static final Decision CONTINUE = new Decision(false, -1, ExitReason.NONE, null);

    public Decision {
        if (exit && (exitToken < 0 || reason == ExitReason.NONE)) {
            throw new IllegalArgumentException("an exit needs a prefix length and a reason");
        }
    }

    public static Decision exit(int exitToken, ExitReason reason) {
        return new Decision(true, exitToken, reason, null);
    }

    public static Decision exit(int exitToken, ExitReason reason, Probe probe) {
        return new Decision(true, exitToken, reason, probe);
    }
}
