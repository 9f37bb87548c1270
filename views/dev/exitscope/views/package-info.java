/** JavaFX views. Views use analysis types and never inference. */
@NullMarked
package dev.exitscope.views;

import org.jspecify.annotations.NullMarked;
