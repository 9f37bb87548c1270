package dev.exitscope.inference.run;

import org.jspecify.annotations.Nullable;

/**
 * How the next token is chosen. Temperature 0 is greedy (argmax); otherwise logits are divided by the temperature,
 * cut to the {@code topK} most likely ({@code 0}: no cut) and to the smallest set whose probability reaches
 * {@code topP} ({@code 1}: no cut), then sampled with a generator seeded by {@code seed} (null: a random seed).
 */
public record Sampling(double temperature, double topP, int topK, @Nullable Long seed) {
    public static final Sampling GREEDY = new Sampling(0, 1, 0, null);

    public Sampling {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0, not " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], not " + topP);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("top-k must be >= 0, not " + topK);
        }
    }

    public boolean greedy() {
        return temperature == 0;
    }
}
