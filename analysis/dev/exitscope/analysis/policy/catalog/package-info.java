/** The standard set of stopping policies, by CLI name. */
@NullMarked
package dev.exitscope.analysis.policy.catalog;

import org.jspecify.annotations.NullMarked;
