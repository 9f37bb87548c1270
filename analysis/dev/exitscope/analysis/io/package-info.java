/**
 * Reading traces: the importer contract, content sniffing, input limits and the one error type every malformed
 * input ends in.
 */
@NullMarked
package dev.exitscope.analysis.io;

import org.jspecify.annotations.NullMarked;
