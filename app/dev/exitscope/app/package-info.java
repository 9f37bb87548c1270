/** The composition root: GUI entry point, wiring of analysis, inference and views. */
@NullMarked
package dev.exitscope.app;

import org.jspecify.annotations.NullMarked;
