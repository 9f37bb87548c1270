package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.ExitReason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PUMA's stopping rule (arXiv 2605.17672; giovanni-vaccarino/PUMA) over the steps and flagged trials known so far,
 * decided as soon as the offline rule's outcome can no longer change. Steps count from 1.
 *
 * <ul>
 *   <li>Loop Breaker: the first run of {@code loopRun} consecutive redundant steps counted from step
 *       {@code loopStart} on, starting at step r, gives {@code forcedStop = r − 1}; {@code loopRun = 0} turns it
 *       off. Trials after the forced stop are never examined.</li>
 *   <li>Verified Early Exit: the first examined trial i at a step ≥ {@code minStopStep} with
 *       {@code conf_i ≥ lambda}; the next {@code runLength − 1} flagged trials must all give i's answer (exact
 *       string match) with {@code conf ≥ conf_i − epsilon}; then stop at the last of them. Only that first i is
 *       tested.</li>
 *   <li>Otherwise, with a forced stop, stop there when the best confidence of the flagged trials up to it is at
 *       least {@code forcedMinConf}; otherwise never.</li>
 * </ul>
 *
 * <p>Online the outcome can be open: a trial's flag is known one step late (step k is flagged when step k+1 is
 * redundant), and a loop that would move the forced stop before a candidate exit may still form.
 * {@link #decide} returns null while the offline outcome still depends on steps not seen. Not thread-safe.
 */
final class PumaRule {
    /** A flagged step's trial; {@code conf} is NaN and {@code answer} null when its probe is missing. */
    record Trial(int step, double conf, @Nullable String answer) {
    }

    /** The rule's outcome: stop after {@code step} for {@code reason}, or never ({@code step} = -1). */
    record Outcome(int step, ExitReason reason) {
        static final Outcome NEVER = new Outcome(-1, ExitReason.NONE);
    }

    private final PumaSettings s;
    private final List<Boolean> redundant = new ArrayList<>();
    private final List<Trial> trials = new ArrayList<>();
    private int lastStop;

    PumaRule(PumaSettings settings) {
        this.s = settings;
    }

    /** Step {@code stepCount() + 1} ended; whether it is redundant to the steps before it. */
    void addStep(boolean isRedundant) {
        redundant.add(isRedundant);
    }

    /** A flagged step's trial; trials arrive in step order. */
    void addTrial(Trial t) {
        trials.add(t);
    }

    int stepCount() {
        return redundant.size();
    }

    /** The outcome once fixed; null while it depends on steps not seen yet. {@code ended}: no step will follow. */
    @Nullable Outcome decide(boolean ended) {
        int k = redundant.size();
        int forced = -1;
        boolean forcedKnown = ended || s.loopRun() == 0;
        int limit = Integer.MAX_VALUE;
        if (s.loopRun() > 0) {
            int run = 0;
            for (int i = s.loopStart(); i <= k; i++) {
                run = redundant.get(i - 1) ? run + 1 : 0;
                if (run == s.loopRun()) {
                    forced = i - s.loopRun();
                    break;
                }
            }
            if (forced >= 0) {
                forcedKnown = true;
                limit = forced;
            } else if (!ended) {
                limit = Math.max(s.loopStart(), k - run + 1) - 1;
            }
        }
        boolean complete = ended || forced >= 0;
        Boolean vee = verifiedExit(limit, forcedKnown, complete);
        if (vee == null) {
            return null;
        }
        if (vee) {
            return new Outcome(lastStop, ExitReason.CONFIDENT);
        }
        if (forced >= 0) {
            double best = Double.NEGATIVE_INFINITY;
            for (Trial t : trials) {
                if (t.step() <= forced && t.conf() > best) {
                    best = t.conf();
                }
            }
            return best >= s.forcedMinConf() ? new Outcome(forced, ExitReason.LOOP) : Outcome.NEVER;
        }
        return forcedKnown ? Outcome.NEVER : null;
    }

    /** True: exit at {@link #lastStop}; false: no verified exit; null: not known yet. */
    private @Nullable Boolean verifiedExit(int limit, boolean limitFinal, boolean complete) {
        int first = -1;
        for (int x = 0; x < trials.size(); x++) {
            Trial t = trials.get(x);
            if (t.step() > limit) {
                return limitFinal ? Boolean.FALSE : null;
            }
            if (t.step() >= s.minStopStep() && t.conf() >= s.lambda()) {
                first = x;
                break;
            }
        }
        if (first < 0) {
            return complete ? Boolean.FALSE : null;
        }
        Trial head = trials.get(first);
        int need = s.runLength() - 1;
        int last = first;
        for (int x = first + 1; x <= first + need; x++) {
            if (x >= trials.size()) {
                return complete ? Boolean.FALSE : null;
            }
            Trial t = trials.get(x);
            if (t.step() > limit) {
                return limitFinal ? Boolean.FALSE : null;
            }
            if (head.answer() == null || !head.answer().equals(t.answer())
                    || !(t.conf() >= head.conf() - s.epsilon())) {
                return Boolean.FALSE;
            }
            last = x;
        }
        lastStop = trials.get(last).step();
        return Boolean.TRUE;
    }
}
