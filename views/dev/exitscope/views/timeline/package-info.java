/** The timeline: lanes of per-token signals on one shared token axis, drawn on a viewport-sized canvas. */
@NullMarked
package dev.exitscope.views.timeline;

import org.jspecify.annotations.NullMarked;
