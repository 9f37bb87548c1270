package dev.exitscope.analysis.policy.rules;

import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;

/** Replays a SPEC from the standard catalog. */
final class RulesFixture {
    private RulesFixture() {
    }

    static ReplayResult replay(String spec, Trace trace) {
        return ReplayEngine.replay(trace, PolicyCatalog.standard().create(spec));
    }
}
