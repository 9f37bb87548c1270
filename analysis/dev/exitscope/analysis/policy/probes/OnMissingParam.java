package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.PolicyParam;
import java.util.List;

/** The {@code onMissing} parameter every probe policy shares ({@link OnMissing}). */
final class OnMissingParam {
    static final PolicyParam PARAM = PolicyParam.choice("onMissing", "skip", List.of("skip", "fail"),
            "a checkpoint without its probe: skip it, or report the trace as not replayable");

    private OnMissingParam() {
    }
}
