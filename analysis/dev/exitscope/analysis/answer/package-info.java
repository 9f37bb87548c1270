/** Candidate-answer extraction, normalisation and equivalence: ExitScope's own answer checker. */
@NullMarked
package dev.exitscope.analysis.answer;

import org.jspecify.annotations.NullMarked;
