package dev.exitscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.policy.eval.CorpusEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --sweep} in a child JVM with a 256 MB heap: a 20,000-point grid on the 10-trace sample finishes
 * with one row per point; 100,000 points over five copies of it (50 traces, about 500 MB of results) are refused in
 * one line, exit 2, before the heap runs out; a grid past the point cap is refused as it is parsed.
 */
class EvaluateSweepMemoryTest {
    private static final String SAMPLE = "sample-traces/zeroeval-o1/o1.traces.jsonl";
    private static final Pattern REFUSAL = Pattern.compile(Pattern.quote(
            "exitscope evaluate: --sweep budget:tokens=0:5000:100000 has 100000 points × at least ") + "(\\d+)"
            + Pattern.quote(" traces, about ") + "(\\d+)" + Pattern.quote(" MiB of results, more than this ")
            + "(\\d+)" + Pattern.quote(" MiB heap allows (") + "(\\d+)" + Pattern.quote(" MiB free); use fewer"
            + " points or a larger -Xmx (EXITSCOPE_JAVA_OPTS for target/exitscope)"));

    @Test
    void aGridThatFitsFinishesAndOneThatDoesNotIsRefusedInOneLine() throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--sweep", "budget:tokens=0:5000:20000", "--csv",
                SAMPLE));
        args.addAll(List.of(CliSequence.THEN, "evaluate", "--sweep", "budget:tokens=0:5000:100000", "--csv"));
        for (int i = 0; i < 5; i++) {
            args.add(SAMPLE);
        }
        args.addAll(List.of(CliSequence.THEN, "evaluate", "--sweep", "budget:tokens=0:5000:100001", SAMPLE));
        CliSequence.Result r = CliSequence.inChildJvm("256m", CliSequence.class, args);
        List<String> lines = r.log().lines().toList();
        assertEquals(5, lines.size(), r.log());
        assertEquals("exit 0, 20001 lines out", lines.get(0), r.log());
        assertEquals("exit 2, 0 lines out", lines.get(1), r.log());
        Matcher m = REFUSAL.matcher(lines.get(2));
        assertTrue(m.matches(), lines.get(2));
        int traces = Integer.parseInt(m.group(1));
        long free = Long.parseLong(m.group(4)) << 20;
        // refused at the first trace whose rows pass the free heap: 100000 × (1280 + 80 · traces) bytes
        long need = 100_000L * (1280 + 80L * traces);
        long before = 100_000L * (1280 + 80L * (traces - 1));
        assertEquals(need, CorpusEvaluator.resultBytes(100_000, traces));
        assertEquals((need + (1 << 20) - 1) >> 20, Long.parseLong(m.group(2)), lines.get(2));
        assertTrue(traces < 50 && need > free - (1 << 20) && before <= free, lines.get(2));
        assertTrue(Long.parseLong(m.group(3)) > 200 && Long.parseLong(m.group(3)) <= 256, lines.get(2));
        assertEquals("exit 2, 0 lines out", lines.get(3), r.log());
        assertEquals("exitscope evaluate: bad sweep 'budget:tokens=0:5000:100001': points must be in [2, 100000],"
                + " got 100001 (each point is a configuration kept with its evaluation, about 1280 bytes before any"
                + " trace, and bootstrapped 2000 times)", lines.get(4));
    }
}
