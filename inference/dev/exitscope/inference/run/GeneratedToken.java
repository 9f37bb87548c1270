package dev.exitscope.inference.run;

import java.util.Objects;

/**
 * One generated token as the engine reports it. {@code tokenId} is -1 when the engine does not say (most servers);
 * {@code logprob}, {@code entropy} and {@code eotProbability} are NaN when unknown. {@code altTexts} and
 * {@code altLogprobs} are the top alternatives, most likely first, of equal length (empty when none were asked
 * for). {@code entropy} is in nats over the full vocabulary when the engine has the logits (local runs), else NaN;
 * {@code eotProbability} is the probability of the end-of-thinking token at this position (NaN when unknown).
 * The arrays are owned by the token once made: engines hand over fresh arrays and nobody mutates them.
 */
public record GeneratedToken(String text, int tokenId, float logprob, String[] altTexts, float[] altLogprobs,
                             double entropy, double eotProbability) {
    private static final String[] NO_TEXTS = new String[0];
    private static final float[] NO_LOGPROBS = new float[0];

    public GeneratedToken {
        Objects.requireNonNull(text, "text");
        if (altTexts.length != altLogprobs.length) {
            throw new IllegalArgumentException(altTexts.length + " alternative texts but " + altLogprobs.length
                    + " logprobs");
        }
    }

    /** A token with only its text and logprob, as a server without top alternatives reports it. */
    public static GeneratedToken of(String text, float logprob) {
        return new GeneratedToken(text, -1, logprob, NO_TEXTS, NO_LOGPROBS, Double.NaN, Double.NaN);
    }

    public int alternatives() {
        return altTexts.length;
    }
}
