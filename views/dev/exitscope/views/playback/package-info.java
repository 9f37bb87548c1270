/**
 * Playing a trace back token by token: a toolkit-free model driven by a clock the caller supplies, and the bar with
 * its buttons, slider, speed and counter.
 */
@NullMarked
package dev.exitscope.views.playback;

import org.jspecify.annotations.NullMarked;
