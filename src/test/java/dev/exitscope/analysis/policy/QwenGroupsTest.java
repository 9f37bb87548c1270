package dev.exitscope.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.io.ImportOptions;
import dev.exitscope.analysis.io.ImporterRegistry;
import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.io.InputSource;
import dev.exitscope.analysis.policy.catalog.PolicyCatalog;
import dev.exitscope.analysis.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * firstk (k = 1, lines) and consistency (n = 2) on the Qwen2.5-Math groups: mixed 6, 17, 28 and all-wrong 3.
 * Groups 3 and 17: the answers were read from the texts (each sample states one boxed answer, group 17's
 * "Therefore ... is \\(6290000\\)" lines agree with the box that follows, so consistency fires on the box).
 * Groups 6 and 28: reading the texts, every sample states its answer once, in a \\boxed{} after a line ending in
 * "is:" (the lists of values before it, such as "121 and 144. Therefore … is:", end in no number), so the first
 * candidate is the box, equal to the dataset's own {@code pred}, and consistency with n = 2 never fires. The exit
 * tokens were computed independently with a short script over the native file: the token holding the first
 * non-space char after the box's line (the token count when the box is on the last line). These traces mark no
 * thinking block, so their reasoning is the whole trace, and an exit at the token count keeps all of it: it does not
 * fire (exits count only inside the reasoning), and the row answers with the final answer, the same box.
 */
class QwenGroupsTest {
    private static final List<String> EXPECTED = List.of(
            "3:0 firstk 277 candidate 4:30 \\text{ p.m.}",
            "3:0 consistency null final 4:30 \\text{ p.m.}",
            "3:1 firstk 265 candidate 4:30 \\text{ p.m.}",
            "3:1 consistency null final 4:30 \\text{ p.m.}",
            "3:2 firstk 259 candidate 4:30 \\text{ p.m.}",
            "3:2 consistency null final 4:30 \\text{ p.m.}",
            "3:3 firstk 277 candidate 4:30 \\text{ p.m.}",
            "3:3 consistency null final 4:30 \\text{ p.m.}",
            "3:4 firstk 324 candidate 4:30 \\text{ p.m.}",
            "3:4 consistency null final 4:30 \\text{ p.m.}",
            "3:5 firstk 283 candidate 4:30 \\text{ p.m.}",
            "3:5 consistency null final 4:30 \\text{ p.m.}",
            "3:6 firstk 330 candidate 4:30 \\text{ p.m.}",
            "3:6 consistency null final 4:30 \\text{ p.m.}",
            "3:7 firstk 270 candidate 4:30 \\text{ p.m.}",
            "3:7 consistency null final 4:30 \\text{ p.m.}",
            "6:0 firstk 1109 candidate \\frac{5}{16}",
            "6:0 consistency null final \\frac{5}{16}",
            "6:1 firstk 511 candidate \\frac{3}{8}",
            "6:1 consistency null final \\frac{3}{8}",
            "6:2 firstk 502 candidate \\frac{3}{8}",
            "6:2 consistency null final \\frac{3}{8}",
            "6:3 firstk 606 candidate \\frac{3}{4}",
            "6:3 consistency null final \\frac{3}{4}",
            "6:4 firstk 504 candidate \\frac{3}{8}",
            "6:4 consistency null final \\frac{3}{8}",
            "6:5 firstk 863 candidate \\frac{1}{4}",
            "6:5 consistency null final \\frac{1}{4}",
            "6:6 firstk 775 candidate \\frac{3}{16}",
            "6:6 consistency null final \\frac{3}{16}",
            "6:7 firstk 816 candidate \\frac{5}{16}",
            "6:7 consistency null final \\frac{5}{16}",
            "17:0 firstk 265 candidate 6290000",
            "17:0 consistency 277 candidate 6290000",
            "17:1 firstk 251 candidate 6290000",
            "17:1 consistency null final 6290000",
            "17:2 firstk 302 candidate 6287000",
            "17:2 consistency null final 6287000",
            "17:3 firstk 265 candidate 6287000",
            "17:3 consistency 279 candidate 6287000",
            "17:4 firstk 253 candidate 6290000",
            "17:4 consistency null final 6290000",
            "17:5 firstk 266 candidate 6290000",
            "17:5 consistency 278 candidate 6290000",
            "17:6 firstk 343 candidate 6287000",
            "17:6 consistency 357 candidate 6287000",
            "17:7 firstk 282 candidate 6287000",
            "17:7 consistency null final 6287000",
            "28:0 firstk 1785 candidate 11",
            "28:0 consistency null final 11",
            "28:1 firstk 2037 candidate 11",
            "28:1 consistency null final 11",
            "28:2 firstk 1052 candidate 4",
            "28:2 consistency null final 4",
            "28:3 firstk 1632 candidate 15",
            "28:3 consistency null final 15",
            "28:4 firstk 1339 candidate 4",
            "28:4 consistency null final 4",
            "28:5 firstk 892 candidate 2",
            "28:5 consistency null final 2",
            "28:6 firstk 1547 candidate 3",
            "28:6 consistency null final 3",
            "28:7 firstk 1618 candidate 13",
            "28:7 consistency null final 13");

    @Test
    void firstkAndConsistencyOnTheMixedAndAllWrongGroups() throws Exception {
        Path file = Path.of("sample-traces/qwen25-math/math_cot_100.traces.jsonl");
        ImporterRegistry reg = Importers.standard();
        InputSource src = InputSource.of(file);
        List<Trace> traces = new ArrayList<>();
        reg.choose(src, ImportOptions.DEFAULT).read(src, ImportOptions.DEFAULT, t -> {
            if (t.group() != null && Set.of("3", "6", "17", "28").contains(t.group().id())) {
                traces.add(t);
            }
        });
        PolicyRegistry policies = PolicyCatalog.standard();
        List<StoppingPolicy> configs = List.of(policies.create("firstk"), policies.create("consistency:n=2"));
        List<String> got = new ArrayList<>();
        for (ReplayResult r : ReplayEngine.replayCorpus(traces, configs)) {
            got.add(r.trace() + " " + r.policy() + " " + r.exitToken() + " " + r.answerSource() + " " + r.answer());
        }
        List<String> expected = new ArrayList<>();
        for (String line : EXPECTED) {
            String[] f = line.split(" ", 5);
            Trace t = traces.stream().filter(x -> x.id().equals(f[0])).findFirst().orElseThrow();
            boolean atEnd = !f[2].equals("null") && Integer.parseInt(f[2]) == t.tokenCount();
            expected.add(atEnd ? f[0] + " " + f[1] + " null final " + f[4] : line);
        }
        assertEquals(expected, got);
    }
}
