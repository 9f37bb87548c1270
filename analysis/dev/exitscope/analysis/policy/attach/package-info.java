/**
 * Attaching signals computed elsewhere — per-token series (a harm monitor, a LYNX probe) and probes — to traces by
 * id, and copying a trace through the public API so the copy can gain them.
 */
@NullMarked
package dev.exitscope.analysis.policy.attach;

import org.jspecify.annotations.NullMarked;
