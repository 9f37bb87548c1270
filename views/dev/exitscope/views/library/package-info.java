/** The trace library: which traces are loaded and their one-line summaries. */
@NullMarked
package dev.exitscope.views.library;

import org.jspecify.annotations.NullMarked;
