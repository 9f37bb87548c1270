/**
 * The {@code jsonl} importer: JSON Lines corpora and JSON arrays of records, read record by record with a field
 * mapping or one of the corpus presets.
 */
@NullMarked
package dev.exitscope.analysis.io.jsonl;

import org.jspecify.annotations.NullMarked;
