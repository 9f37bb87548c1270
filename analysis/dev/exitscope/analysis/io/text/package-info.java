/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.text;

import org.jspecify.annotations.NullMarked;
