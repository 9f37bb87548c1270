/** Importer for one trace format. */
@NullMarked
package dev.exitscope.analysis.io.jsonl;

import org.jspecify.annotations.NullMarked;
