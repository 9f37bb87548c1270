/**
 * What the open trace is and what its tokens say: a header with the question, the gold answer, the final answer
 * and whether it is correct, and an inspector with every signal of the cursor token or the means over a range.
 */
@NullMarked
package dev.exitscope.views.inspector;

import org.jspecify.annotations.NullMarked;
