/** One-line summaries of traces, shared by {@code inspect} and the library pane. */
@NullMarked
package dev.exitscope.analysis.summary;

import org.jspecify.annotations.NullMarked;
