package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicySpecTest {
    private final PolicyRegistry registry = PolicyCatalog.standard();

    @Test
    void bareNameHasNoValues() {
        PolicySpec s = PolicySpec.parse("budget");
        assertEquals("budget", s.name());
        assertEquals(Map.of(), s.values());
    }

    @Test
    void commaSeparatesOnlyBeforeAKey() {
        PolicySpec s = PolicySpec.parse("rpdi:window=8,boundaries=.\\n;?!,,threshold=2");
        assertEquals(Map.of("window", "8", "boundaries", ".\\n;?!,", "threshold", "2"), s.values());
        assertEquals(".\\n;?!,", PolicySpec.parse("rpdi:boundaries=.\\n;?!,").values().get("boundaries"));
    }

    @Test
    void malformedSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.parse("budget:"));
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.parse("budget:tokens"));
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.parse("budget:tokens=1,tokens=2"));
    }

    @Test
    void defaultsAreFilledInDocumentedOrder() {
        StoppingPolicy p = registry.create("rpdi:threshold=2");
        assertEquals("rpdi", p.name());
        assertEquals(Map.of("window", "16", "threshold", "2", "minTokens", "16", "boundaries", ".\\n;?!,"),
                p.params());
        assertEquals(java.util.List.of("window", "threshold", "minTokens", "boundaries"),
                java.util.List.copyOf(p.params().keySet()));
    }

    @Test
    void unknownKeyIsNamedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.create("scm:thetta=0.4"));
        assertEquals("policy 'scm' has no parameter 'thetta'; valid: theta, k", e.getMessage());
    }

    @Test
    void badNumbersAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("firstk:k=0"))
                .getMessage().contains("'k' must be an integer in [1,"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("scm:theta=abc"))
                .getMessage().contains("'theta' must be a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("ts:scale=NaN"))
                .getMessage().contains("'scale'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("firstk:segmenter=word"))
                .getMessage().contains("one of line, paragraph, sentence, puma"));
    }

    @Test
    void unknownAndUnreplayablePoliciesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("nope"))
                .getMessage().startsWith("unknown policy 'nope'; valid: budget, entropy"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create("nowait"))
                .getMessage().startsWith("policy 'nowait' is not replayable: it changes generation"));
    }

    @Test
    void registryRefusesDuplicateNames() {
        assertThrows(IllegalArgumentException.class,
                () -> registry.register(dev.exitscope.analysis.policy.rules.BudgetPolicy.descriptor()));
    }
}
