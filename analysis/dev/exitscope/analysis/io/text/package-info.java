/** The {@code text} importer: one plain-text or Markdown file as one trace. */
@NullMarked
package dev.exitscope.analysis.io.text;

import org.jspecify.annotations.NullMarked;
