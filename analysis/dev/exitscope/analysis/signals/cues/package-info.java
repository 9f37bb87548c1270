/**
 * Reflection cues ("Wait", "hmm", "alternatively", …) found incrementally with each method's own matching rule;
 * see {@code docs/signals.md}.
 */
@NullMarked
package dev.exitscope.analysis.signals.cues;

import org.jspecify.annotations.NullMarked;
