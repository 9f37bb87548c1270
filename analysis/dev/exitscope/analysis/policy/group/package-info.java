/**
 * Group-level policies: rules that read a whole group of sibling samples for one question rather than one trace
 * token by token. First Finish Search ({@code ffs}) lives here.
 */
@NullMarked
package dev.exitscope.analysis.policy.group;

import org.jspecify.annotations.NullMarked;
