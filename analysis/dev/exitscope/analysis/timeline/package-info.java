/** Data structures behind the timeline: level-of-detail summaries of per-token series, independent of drawing. */
@NullMarked
package dev.exitscope.analysis.timeline;

import org.jspecify.annotations.NullMarked;
