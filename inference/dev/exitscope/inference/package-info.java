/**
 * Model inference behind analysis interfaces: ONNX Runtime sessions and Hugging Face tokenizers. Only this layer
 * touches {@code ai.onnxruntime}; it imports analysis and nothing from views or app.
 */
@NullMarked
package dev.exitscope.inference;

import org.jspecify.annotations.NullMarked;
