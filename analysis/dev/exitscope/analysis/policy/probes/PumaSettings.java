package dev.exitscope.analysis.policy.probes;

/**
 * PUMA's parameters (arXiv 2605.17672; defaults from the authors' configs): redundancy threshold τ and window K,
 * confidence λ, run length L, tolerance ε, earliest stop step, Loop Breaker start and run length m (per model:
 * DS-7B 1, Nemotron-8B 1, DS-14B 3, DS-32B 4, Qwen3-30B-Thinking 0 = off), and the confidence a forced stop needs.
 */
record PumaSettings(double simThreshold, int k, double lambda, int runLength, double epsilon, int minStopStep,
                    int loopStart, int loopRun, double forcedMinConf) {
    PumaSettings {
        if (runLength < 1) {
            throw new IllegalArgumentException("puma: runLength must be >= 1");
        }
    }
}
