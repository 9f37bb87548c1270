/**
 * The trace-only stopping policies: token budget, low entropy, path deviation (RPDI), First Try Matters' FirstK,
 * answer consistency, SCM's Delay-k harm rule and temperature-scaled end-of-thinking; plus NoWait's listing. Each
 * policy is immutable; its runs are single-threaded. Rules and sources: docs/policies.md.
 */
@NullMarked
package dev.exitscope.analysis.policy.rules;

import org.jspecify.annotations.NullMarked;
