package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replay that reveals the tokens between a signal-free run's checkpoints without asking it (the fast path) gives
 * the row of replay that asks at every token (the logged path), for every policy in the registry.
 */
class CheckpointSkipTest {
    private static final List<String> EXTRA = List.of("budget:tokens=0", "budget:tokens=1", "budget:tokens=60",
            "budget:tokens=159", "budget:tokens=160", "dynasor:interval=16,window=2", "dynasor:interval=7,window=1",
            "dynasor:interval=200,window=1", "deer:threshold=0.5");

    @Test
    void skippingToCheckpointsChangesNoRow() {
        PolicyRegistry registry = PolicyCatalog.standard();
        List<StoppingPolicy> policies = new ArrayList<>();
        for (dev.exitscope.analysis.policy.PolicyDescriptor d : registry.descriptors()) {
            if (d.replayable() && !d.group()) {
                policies.add(registry.create(d.name()));
            }
        }
        EXTRA.forEach(s -> policies.add(registry.create(s)));
        int exits = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Trace t = NoLookAheadTest.synthetic(seed, 160);
            for (StoppingPolicy p : policies) {
                ReplayResult fast = ReplayEngine.replay(t, p);
                ReplayResult logged = ReplayEngine.log(t, p).result();
                assertEquals(logged, fast, p.name() + " " + p.params() + " seed " + seed);
                exits += fast.exitToken() == null ? 0 : 1;
            }
        }
        assertTrue(exits > 10, "only " + exits + " exits: the comparison would prove little");
    }
}
