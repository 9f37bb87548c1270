/**
 * The token text: the trace text with each token's background coloured by a per-token signal, wrapped into lines
 * once per width and drawn on one canvas the size of the viewport, so that only the visible lines cost anything.
 */
@NullMarked
package dev.exitscope.views.tokentext;

import org.jspecify.annotations.NullMarked;
