/**
 * Find in the trace text: a search bar whose matches the token view highlights and the timeline marks, stepped
 * through with Enter and Shift+Enter.
 */
@NullMarked
package dev.exitscope.views.find;

import org.jspecify.annotations.NullMarked;
