/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.nativefmt;

import org.jspecify.annotations.NullMarked;
