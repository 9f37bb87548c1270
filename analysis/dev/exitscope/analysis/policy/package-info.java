/**
 * Stopping policies and their replay over recorded traces: one streaming interface shared with live runs, the
 * replay engine, and per-trace results.
 */
@NullMarked
package dev.exitscope.analysis.policy;

import org.jspecify.annotations.NullMarked;
