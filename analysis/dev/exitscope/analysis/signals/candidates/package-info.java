/**
 * Candidate answers found incrementally in reasoning text, their correctness, the answer trajectory and answer
 * consistency, and {@link dev.exitscope.analysis.signals.candidates.TextSignals}, which computes the text signals
 * of a whole trace; see {@code docs/signals.md}.
 */
@NullMarked
package dev.exitscope.analysis.signals.candidates;

import org.jspecify.annotations.NullMarked;
