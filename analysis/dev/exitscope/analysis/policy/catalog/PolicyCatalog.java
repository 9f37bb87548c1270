package dev.exitscope.analysis.policy.catalog;

import dev.exitscope.analysis.policy.PolicyProvider;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.group.FirstFinish;
import dev.exitscope.analysis.policy.probes.DeerPolicy;
import dev.exitscope.analysis.policy.probes.DynasorPolicy;
import dev.exitscope.analysis.policy.probes.LynxPolicy;
import dev.exitscope.analysis.policy.probes.PumaPolicy;
import dev.exitscope.analysis.policy.rules.BudgetPolicy;
import dev.exitscope.analysis.policy.rules.ConsistencyPolicy;
import dev.exitscope.analysis.policy.rules.EntropyPolicy;
import dev.exitscope.analysis.policy.rules.FirstKPolicy;
import dev.exitscope.analysis.policy.rules.NoWaitListing;
import dev.exitscope.analysis.policy.rules.RpdiPolicy;
import dev.exitscope.analysis.policy.rules.RpdiTransitionsPolicy;
import dev.exitscope.analysis.policy.rules.ScmPolicy;
import dev.exitscope.analysis.policy.rules.TsPolicy;
import java.util.List;

/**
 * The standard policies in listing order. To add one, write a static {@code descriptor()} (or a
 * {@link PolicyProvider}) next to the policy and add one line to {@link #PROVIDERS}. This package may depend on
 * every policy package; policy packages never depend on it. Thread-safe: each call builds a new registry.
 */
public final class PolicyCatalog {
    /** One line per policy. */
    static final List<PolicyProvider> PROVIDERS = List.of(
            BudgetPolicy::descriptor,
            EntropyPolicy::descriptor,
            RpdiPolicy::descriptor,
            RpdiTransitionsPolicy::descriptor,
            FirstKPolicy::descriptor,
            ConsistencyPolicy::descriptor,
            ScmPolicy::descriptor,
            TsPolicy::descriptor,
            DeerPolicy::descriptor,
            DynasorPolicy::descriptor,
            PumaPolicy::descriptor,
            LynxPolicy::descriptor,
            FirstFinish::descriptor,
            NoWaitListing::descriptor
    );

    private PolicyCatalog() {
    }

    /** A registry holding every standard policy. */
    public static PolicyRegistry standard() {
        PolicyRegistry r = new PolicyRegistry();
        for (PolicyProvider p : PROVIDERS) {
            r.register(p);
        }
        return r;
    }
}
