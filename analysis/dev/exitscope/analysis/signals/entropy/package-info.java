/** Per-token uncertainty: entropy (exact, or estimated with bounds from top-k), surprisal, top-1 margin. */
@NullMarked
package dev.exitscope.analysis.signals.entropy;

import org.jspecify.annotations.NullMarked;
