/**
 * The token text: the trace text with each token's background coloured by a per-token signal, shown in a
 * virtualised list of paragraphs so that only the visible part of a long trace has nodes.
 */
@NullMarked
package dev.exitscope.views.tokentext;

import org.jspecify.annotations.NullMarked;
