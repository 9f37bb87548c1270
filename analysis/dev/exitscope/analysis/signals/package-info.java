/** Per-token and per-step signals computed from a trace. */
@NullMarked
package dev.exitscope.analysis.signals;

import org.jspecify.annotations.NullMarked;
