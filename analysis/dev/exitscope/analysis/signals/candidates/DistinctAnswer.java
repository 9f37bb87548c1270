package dev.exitscope.analysis.signals.candidates;

import org.jspecify.annotations.Nullable;

/**
 * One distinct answer of a trajectory: the first candidate of its equivalence class (its raw and normalised
 * answer, token and position among the candidates), how many candidates fall in the class, and whether it is
 * correct (null without a gold answer). Immutable.
 */
public record DistinctAnswer(String answer, String normalized, int firstToken, int firstIndex, int occurrences,
                             @Nullable Boolean correct) {
}
