/**
 * Work off the FX thread for the views: {@link dev.exitscope.views.work.LatestWins} hands only the newest of
 * several overlapping results to the FX thread.
 */
@NullMarked
package dev.exitscope.views.work;

import org.jspecify.annotations.NullMarked;
