/**
 * The trace model: one immutable, columnar representation of a reasoning trace that every importer
 * produces and every signal, policy and view reads. Plain Java; no JavaFX and no ONNX Runtime.
 */
@NullMarked
package dev.exitscope.analysis.trace;

import org.jspecify.annotations.NullMarked;
