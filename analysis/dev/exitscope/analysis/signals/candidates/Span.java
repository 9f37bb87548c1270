package dev.exitscope.analysis.signals.candidates;

/**
 * A candidate's raw text {@code [from, to)} in the trace text; {@code lastChar} is the char whose token the
 * candidate is reported at.
 */
record Span(int from, int to, int lastChar, String source) {
}
