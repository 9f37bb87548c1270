/** Every signal of one trace in one immutable bundle, and the per-trace cache that computes it once. */
@NullMarked
package dev.exitscope.analysis.signals.combined;

import org.jspecify.annotations.NullMarked;
