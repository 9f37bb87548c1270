/**
 * Stopping policies that read extra model calls on prefixes of a trace — trial answers, answer probes, probe
 * probabilities — stored as probes and series: DEER, Dynasor-CoT, PUMA and LYNX, with LYNX's class-conditional
 * split-conformal calibration. Rules follow the papers and the authors' public code, cited on each class and in
 * {@code docs/policies.md}; reconstructed details are parameters and are marked there.
 */
@NullMarked
package dev.exitscope.analysis.policy.probes;

import org.jspecify.annotations.NullMarked;
