/** The analysis layer: trace model, importers, signals, policies and metrics. Plain Java only. */
@NullMarked
package dev.exitscope.analysis;

import org.jspecify.annotations.NullMarked;
