package dev.exitscope.analysis.policy;

/**
 * Contributes one policy to a {@link PolicyRegistry}: implement it next to the policy (often as a nested class or
 * a static method reference) and add one line to {@code dev.exitscope.analysis.policy.catalog.PolicyCatalog}.
 */
@FunctionalInterface
public interface PolicyProvider {
    PolicyDescriptor descriptor();
}
