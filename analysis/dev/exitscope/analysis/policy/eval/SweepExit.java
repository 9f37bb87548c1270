package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;

/**
 * Where one configuration of a sweep exits on one trace: keeps {@code [0, exitToken)}, decided after
 * {@code decidedAt} tokens had been seen ({@code tokenCount + 1} when decided at the end), for {@code reason}.
 */
public record SweepExit(int exitToken, int decidedAt, ExitReason reason) {
}
