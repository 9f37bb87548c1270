/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.openai;

import org.jspecify.annotations.NullMarked;
