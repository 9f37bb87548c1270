package dev.exitscope.views.timeline;

/**
 * A policy's exit drawn across the lanes: a line at the token where it stops and a label with its name and the
 * share of tokens it saves. Immutable.
 *
 * @param token  the exit token (the kept prefix is {@code [0, token)}); the line is drawn at its left edge
 * @param label  e.g. {@code "deer −38%"}
 * @param argb   the policy's colour, as 0xAARRGGBB
 * @param detail what the tooltip says about the decision
 */
public record ExitFlag(int token, String label, int argb, String detail) {
}
