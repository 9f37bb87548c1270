/**
 * Sentence embedders that run ONNX models: {@link dev.exitscope.inference.embed.OnnxSentenceEmbedder} implements
 * analysis' {@link dev.exitscope.analysis.signals.redundancy.TextEmbedder} with all-MiniLM-L6-v2 (bundled) or any
 * user-supplied sentence-embedding model and its {@code tokenizer.json}.
 */
@NullMarked
package dev.exitscope.inference.embed;

import org.jspecify.annotations.NullMarked;
