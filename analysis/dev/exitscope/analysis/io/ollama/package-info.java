/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.ollama;

import org.jspecify.annotations.NullMarked;
