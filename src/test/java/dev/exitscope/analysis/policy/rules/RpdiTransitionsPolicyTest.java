package dev.exitscope.analysis.policy.rules;

import static dev.exitscope.analysis.policy.rules.RulesFixture.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpdiTransitionsPolicyTest {
    /**
     * Transition words start in tokens 1 (Wait, H 1.5), 3 (but, H 0.4), 5 (Hmm, H 1.2) and 7 (However, H 1.0);
     * token 4 has a high entropy but is no transition, and " Waiting" (token 9) is no whole word.
     */
    private static final Trace TRACE = TestTraces.withEntropy(
            new float[] {0.2f, 1.5f, 0.1f, 0.4f, 2.0f, 1.2f, 0.3f, 1.0f, 0.0f, 3.0f, 0.0f},
            "So", " Wait", ",", " but", " x", " Hmm", ".", " However", " so", " Waiting", ".");

    @Test
    void exitsBeforeTheTransitionThatCompletesTheCount() {
        // entropyThreshold 1.0: counted at 1 (1.5), 5 (1.2), 7 (1.0, equal counts); "but" (0.4) does not.
        // threshold 3 within 256 tokens: the third is token 7 -> keep [0, 7)
        ReplayResult r = replay("rpdi-transitions", TRACE);
        assertEquals(7, r.exitToken());
        assertEquals(ExitReason.THRESHOLD, r.reason());
    }

    @Test
    void theWindowForgetsOldTransitions() {
        // window 6 at token 7 covers (1, 7]: tokens 5 and 7, two < 3 -> no exit
        assertNull(replay("rpdi-transitions:window=6", TRACE).exitToken());
        // threshold 2, window 5: at token 5 the window (0, 5] holds 1 and 5 -> exit keeping [0, 5)
        assertEquals(5, replay("rpdi-transitions:window=5,threshold=2", TRACE).exitToken());
        // threshold 2, window 4: at 5 the window (1, 5] holds only 5; at 7, (3, 7] holds 5 and 7 -> [0, 7)
        assertEquals(7, replay("rpdi-transitions:window=4,threshold=2", TRACE).exitToken());
    }

    @Test
    void theEntropyIsReadAtTheTokenWhereTheWordStarts() {
        // entropyThreshold 0.3: "but" (0.4) counts too -> 1, 3, 5 -> keep [0, 5). The tokens after the words
        // (2, 4, 6: 0.1, 2.0, 0.3), where a whole-word match is decided, do not matter
        assertEquals(5, replay("rpdi-transitions:entropyThreshold=0.3", TRACE).exitToken());
        // above every transition's entropy (1.5) nothing counts, although token 9 (" Waiting") has 3.0
        assertNull(replay("rpdi-transitions:entropyThreshold=1.6,threshold=1", TRACE).exitToken());
    }

    @Test
    void theWordListIsAParameter() {
        // only "Hmm": one high-entropy transition at 5 -> threshold 1 exits keeping [0, 5)
        assertEquals(5, replay("rpdi-transitions:words=Hmm,threshold=1", TRACE).exitToken());
        assertEquals(1, replay("rpdi-transitions:words=Wait,But,threshold=1", TRACE).exitToken());
        assertThrows(IllegalArgumentException.class,
                () -> PolicyCatalog.standard().create("rpdi-transitions:words=,"));
    }

    @Test
    void withoutEntropiesTheTraceNeedsThem() {
        Trace t = TestTraces.of("1", "So", " Wait");
        assertEquals(List.of("entropy"), replay("rpdi-transitions", t).needs());
    }
}
