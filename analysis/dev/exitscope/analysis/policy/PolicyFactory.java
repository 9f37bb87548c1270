package dev.exitscope.analysis.policy;

/** Builds a configured policy from validated parameters (every documented parameter present). */
@FunctionalInterface
public interface PolicyFactory {
    StoppingPolicy create(PolicyParams params);
}
