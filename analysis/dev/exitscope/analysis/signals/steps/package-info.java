/**
 * Step segmentation of reasoning text (paragraphs, lines, sentences, PUMA-style merged paragraphs) and step typing
 * by keyword lists. Segmenters are incremental signals emitting {@link dev.exitscope.analysis.signals.StepEnded}
 * events from the text seen so far; see {@code docs/signals.md}.
 */
@NullMarked
package dev.exitscope.analysis.signals.steps;

import org.jspecify.annotations.NullMarked;
