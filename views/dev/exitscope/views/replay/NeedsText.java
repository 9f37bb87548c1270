package dev.exitscope.views.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * What a policy that cannot run on a trace needs, in words a user can act on: what is missing and how to add it.
 * Stateless.
 */
public final class NeedsText {
    private NeedsText() {
    }

    /** One sentence per missing input, as {@link dev.exitscope.analysis.policy.StoppingPolicy#needs} names them. */
    public static List<String> describe(List<String> needs) {
        List<String> out = new ArrayList<>();
        for (String n : needs) {
            out.add(describe(n));
        }
        return out;
    }

    /** One missing input in words. */
    public static String describe(String need) {
        if (need.startsWith("probes:")) {
            String kind = need.substring("probes:".length());
            return "needs probes of kind " + kind + " — none in this trace; add them with `exitscope attach --probes"
                    + " FILE`";
        }
        if (need.startsWith("series:")) {
            String name = need.substring("series:".length());
            return "needs the per-token series '" + name + "' — not in this trace; add it with `exitscope attach"
                    + " --series " + name + "=FILE`";
        }
        switch (need) {
            case "logprobs":
                return "needs per-token logprobs — this trace has none; record the run with logprobs on";
            case "entropy":
                return "needs per-token entropy — this trace has no logprobs or top-k to compute it from; record the"
                        + " run with logprobs on";
            case "candidates":
                return "needs candidate answers — none were found in this trace's reasoning";
            case "calibration":
                return "needs LYNX thresholds — compute them with `exitscope calibrate lynx` and set qPos and qNeg";
            case "group":
                return "needs a group of sibling samples of the same question";
            default:
                return "needs " + need;
        }
    }
}
