/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.llamacpp;

import org.jspecify.annotations.NullMarked;
