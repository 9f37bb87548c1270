/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.vllm;

import org.jspecify.annotations.NullMarked;
