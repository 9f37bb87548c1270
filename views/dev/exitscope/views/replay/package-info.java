/**
 * Replay in the window: every stopping policy with its parameters, replayed on the open trace on a worker, its
 * result and its exit flag on the timeline.
 */
@NullMarked
package dev.exitscope.views.replay;

import org.jspecify.annotations.NullMarked;
