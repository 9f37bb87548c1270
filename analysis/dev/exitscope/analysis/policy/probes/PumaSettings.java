package dev.exitscope.analysis.policy.probes;

/**
 * PUMA's parameters (defaults from the authors' {@code configs/*.conf} in giovanni-vaccarino/PUMA): redundancy
 * threshold τ and window K, confidence λ, run length L, tolerance ε, earliest stop step (counting from 1, as PUMA's
 * {@code stopped_len}), Loop Breaker start (PUMA's 0-indexed {@code consecutive_redundancy_min_step}: 50 means the
 * 51st step) and run length m (per model: DS-7B 1, Nemotron-8B 1, DS-14B 3, DS-32B 4, Qwen3-30B-Thinking 0 = off),
 * and the confidence a forced stop needs. Immutable.
 */
record PumaSettings(double simThreshold, int k, double lambda, int runLength, double epsilon, int minStopStep,
                    int loopStart, int loopRun, double forcedMinConf) {
    PumaSettings {
        if (runLength < 1) {
            throw new IllegalArgumentException("puma: runLength must be >= 1");
        }
        if (loopStart < 0) {
            throw new IllegalArgumentException("puma: loopStart must be >= 0");
        }
    }
}
