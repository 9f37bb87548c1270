/**
 * Corpus evaluation of replayed stopping policies: savings, accuracy and transitions per configuration, paired
 * bootstrap intervals, the exact McNemar test, the Pareto frontier of one call's configurations, and parameter
 * sweeps (with a one-pass path for policies whose rule is monotone in the swept parameter).
 */
@NullMarked
package dev.exitscope.analysis.policy.eval;

import org.jspecify.annotations.NullMarked;
