package dev.exitscope.views.replay;

import dev.exitscope.analysis.policy.Decision;
import dev.exitscope.analysis.policy.ReplayLog;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Probe;
import dev.exitscope.analysis.trace.Trace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a policy stopped where it did, with the values that made it stop: "trial confidence 0.972 > 0.95 at the 3rd
 * Wait", "the budget of 512 thinking tokens is spent". Built from the replay's exit decision and the
 * configuration's parameters. Stateless.
 */
public final class ExitExplanation {
    private ExitExplanation() {
    }

    /** The sentence for a replay that exited; null when it did not. */
    public static @Nullable String of(Trace trace, ReplayLog log) {
        ReplayResult r = log.result();
        if (r.exitToken() == null) {
            return null;
        }
        Decision exit = exitDecision(log.decisions());
        Probe probe = exit == null ? null : exit.probe();
        Map<String, String> p = r.params();
        switch (r.reason()) {
            case BUDGET:
                return "the budget of " + p.getOrDefault("tokens", "?") + " thinking tokens is spent";
            case CONFIDENT:
                if (probe != null) {
                    String at = " at the " + ordinal(probesUpTo(trace, probe)) + " " + cueWord(p) + " (token "
                            + probe.at() + ")";
                    String threshold = p.getOrDefault("threshold", "its threshold");
                    return probe.confidence() != null
                            ? "trial confidence " + number(probe.confidence()) + " > " + threshold + at
                            : "the trial answer " + (probe.answer() == null ? "" : probe.answer() + " ")
                                    + "was more confident than " + threshold + at;
                }
                return "the trial answer was confident enough at token " + r.exitToken();
            case THRESHOLD:
                switch (r.policy()) {
                    case "entropy":
                        return "the mean entropy of the last " + p.get("window") + " tokens fell below "
                                + p.get("threshold") + " nats at a boundary";
                    case "rpdi":
                        return "path deviation (local over global mean entropy) rose above λ = " + p.get("threshold")
                                + " at a boundary";
                    default:
                        return "the signal crossed " + p.getOrDefault("threshold", "its threshold") + " at token "
                                + r.exitToken();
                }
            case CONSISTENT:
                return "the last " + p.getOrDefault("n", "few") + " candidate answers agree"
                        + (r.answer() == null ? "" : " (" + r.answer() + ")");
            case CANDIDATE:
                return "the step holding candidate answer " + p.getOrDefault("k", "1") + " ended"
                        + (r.answer() == null ? "" : " (" + r.answer() + ")");
            case HARM:
                return p.getOrDefault("k", "enough") + " tokens with harm ≥ " + p.getOrDefault("theta", "θ");
            case LOOP:
                return "the reasoning started repeating itself";
            default:
                return r.reason().wireName() + " at token " + r.exitToken();
        }
    }

    private static @Nullable Decision exitDecision(List<Decision> decisions) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).exit()) {
                return decisions.get(i);
            }
        }
        return null;
    }

    private static int probesUpTo(Trace trace, Probe probe) {
        int n = 0;
        for (Probe q : trace.probes()) {
            if (q.kind().equals(probe.kind()) && q.at() <= probe.at()) {
                n++;
            }
        }
        return n;
    }

    private static String cueWord(Map<String, String> p) {
        String cue = p.get("cue");
        return cue == null ? "probe" : Character.toUpperCase(cue.charAt(0)) + cue.substring(1);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
