/**
 * Step redundancy as in PUMA (arXiv 2605.17672): each step's maximum cosine similarity to the previous K steps, over
 * sentence vectors from a {@link dev.exitscope.analysis.signals.redundancy.TextEmbedder}. Plain Java: the
 * embedders that run neural models live in {@code dev.exitscope.inference.embed} and are handed in through the
 * interface. Vectors are cached by content hash ({@link dev.exitscope.analysis.signals.redundancy.EmbeddingCache})
 * so reopening a trace does not embed it again.
 */
@NullMarked
package dev.exitscope.analysis.signals.redundancy;

import org.jspecify.annotations.NullMarked;
