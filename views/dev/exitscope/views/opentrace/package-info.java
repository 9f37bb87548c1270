/**
 * The open trace, without the toolkit's nodes: what is shown, whether it is loading, the selection the views share,
 * and the open / cancel / redundancy-follows sequence. Panels bind to its read-only properties.
 */
@NullMarked
package dev.exitscope.views.opentrace;

import org.jspecify.annotations.NullMarked;
