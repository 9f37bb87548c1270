/** Reasoning path deviation (RPDI): local against global mean entropy at boundary tokens. */
@NullMarked
package dev.exitscope.analysis.signals.deviation;

import org.jspecify.annotations.NullMarked;
