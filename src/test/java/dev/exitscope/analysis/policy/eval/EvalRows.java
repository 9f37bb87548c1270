package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.ExitReason;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small hand-made replay rows for the evaluation tests. */
final class EvalRows {
    private EvalRows() {
    }

    /** A row without a thinking block or answer section: the whole trace is reasoning, and no answer is paid for. */
    static ReplayResult row(String id, boolean replayable, @Nullable Integer exit, int total, int used, int overhead,
                            @Nullable Boolean correct, @Nullable Boolean full) {
        boolean premature = Boolean.TRUE.equals(full) && Boolean.FALSE.equals(correct);
        return new ReplayResult(id, null, "test", Map.of(), replayable, replayable ? List.of() : List.of("entropy"),
                exit, exit == null ? ExitReason.NONE : ExitReason.THRESHOLD, total, used, overhead, 0,
                total == 0 ? 0.0 : 1.0 - (double) used / total, total, used,
                total == 0 ? null : 1.0 - (double) used / total, exit == null ? "final" : "probe", null, correct,
                full, premature, false);
    }

    /** The seven rows whose metrics the tests derive by hand. */
    static List<ReplayResult> seven() {
        return List.of(
                row("t1", true, 40, 100, 40, 5, true, true),
                row("t2", true, 50, 200, 50, 10, false, true),
                row("t3", true, null, 100, 100, 0, false, false),
                row("t4", true, 60, 100, 60, 0, true, false),
                row("t5", true, 25, 50, 25, 0, null, null),
                row("t6", false, null, 1000, 1000, 0, true, true),
                row("t7", true, 20, 100, 20, 0, false, true));
    }
}
