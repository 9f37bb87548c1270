/** Finding text in a trace: literal matches mapped to the tokens they touch. */
@NullMarked
package dev.exitscope.analysis.search;

import org.jspecify.annotations.NullMarked;
