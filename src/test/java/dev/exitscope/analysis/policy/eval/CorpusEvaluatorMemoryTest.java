package dev.exitscope.analysis.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate of {@link CorpusEvaluator#resultBytes} and the refusal of the trace that would pass the limit. */
class CorpusEvaluatorMemoryTest {
    private static final PolicyRegistry CATALOG = PolicyCatalog.standard();

    private static List<Trace> sample() throws Exception {
        List<Trace> traces = new ArrayList<>();
        Importers.standard().read(InputSource.of(Path.of("sample-traces/zeroeval-o1/o1.traces.jsonl")),
                ImportOptions.DEFAULT, traces::add);
        return traces;
    }

    @Test
    void theEstimateIsPerConfigurationPlusPerConfigurationAndTrace() {
        // 56 bytes of row columns + 17 of bootstrap columns + 7 for the id reference and rounding
        assertEquals(80, CorpusEvaluator.BYTES_PER_ROW);
        assertEquals(100_000L * (1280 + 10 * 80), CorpusEvaluator.resultBytes(100_000, 10));
        assertEquals(0, CorpusEvaluator.resultBytes(0, 1_000_000));
    }

    @Test
    void theTraceThatWouldPassTheLimitIsRefusedAndTheOnesBeforeItAreKept() throws Exception {
        List<Trace> traces = sample();
        CorpusEvaluator e = new CorpusEvaluator(CATALOG, List.of(PolicySpec.parse("budget:tokens=100")),
                SweepSpec.parse("budget:tokens=0:400:5", CATALOG));
        assertEquals(6, e.size());
        e.limitMemory(6L * (1280 + 3 * 80));
        for (int i = 0; i < 3; i++) {
            e.accept(traces.get(i));
        }
        CorpusEvaluator.TooLarge refused = assertThrows(CorpusEvaluator.TooLarge.class,
                () -> e.accept(traces.get(3)));
        assertEquals(6, refused.configurations());
        assertEquals(4, refused.traces());
        assertEquals(6L * (1280 + 4 * 80), refused.bytes());
        assertEquals(3, e.finish(1).get(0).traces());
    }

    @Test
    void aLimitBelowOneTraceIsRefusedAtOnce() {
        assertThrows(CorpusEvaluator.TooLarge.class, () -> CorpusEvaluator.checkFits(1000, 1000L * 1359));
        CorpusEvaluator.checkFits(1000, 1000L * 1360);
        CorpusEvaluator e = new CorpusEvaluator(CATALOG, List.of(), SweepSpec.parse("budget:tokens=0:10:11",
                CATALOG));
        CorpusEvaluator.TooLarge refused = assertThrows(CorpusEvaluator.TooLarge.class, () -> e.limitMemory(100));
        assertEquals(1, refused.traces());
    }
}
