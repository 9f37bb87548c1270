/**
 * Stopping policies that read extra model calls on prefixes of a trace — trial answers, answer probes, probe
 * probabilities — stored as probes and series: DEER, Dynasor-CoT, PUMA and LYNX, with LYNX's class-conditional
 * split-conformal calibration. Rules follow {@code /work/shared/docs/methods.md} §2.2–2.5; reconstructed details
 * are parameters and are marked in {@code docs/policies.md}.
 */
@NullMarked
package dev.exitscope.analysis.policy.probes;

import org.jspecify.annotations.NullMarked;
