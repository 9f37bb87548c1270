package dev.exitscope.analysis.policy.probes;

import dev.exitscope.analysis.policy.ExitReason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PUMA's stopping rule (arXiv 2605.17672; {@code puma/extract_final_candidates.py} and
 * {@code puma/embed_and_filter_steps.py} in giovanni-vaccarino/PUMA) over the steps and flagged trials known so
 * far, decided as soon as the offline rule's outcome can no longer change. Steps count from 1 here; PUMA's
 * {@code stopped_len} is the same number (the count of steps kept).
 *
 * <ul>
 *   <li>Loop Breaker: {@code loopStart} is PUMA's 0-indexed step index ({@code consecutive_redundancy_min_step},
 *       50 in the configs), so the breaker reads steps {@code loopStart + 1} on (counting from 1; never step 1,
 *       which has nothing to be redundant to). The first run of {@code loopRun} consecutive redundant steps,
 *       starting at step r, gives {@code forcedStop = r − 1}, the steps before the run; {@code loopRun = 0} turns
 *       it off. Trials after the forced stop are never examined.</li>
 *   <li>Verified Early Exit: every flagged trial i in step order (up to the forced stop) with
 *       {@code conf_i ≥ lambda} opens a run with the next {@code runLength − 1} flagged trials (up to the forced
 *       stop). The run holds when each of them gives i's answer (exact string match, a non-empty answer) with
 *       {@code conf ≥ conf_i − epsilon}; then the stop is the run's last trial, allowed only when that step is
 *       {@code ≥ minStopStep}. A run that fails, is too short, or ends before {@code minStopStep} moves the search
 *       on to the next trial.</li>
 *   <li>Otherwise, with a forced stop at a step {@code ≥ minStopStep}, stop there when the best confidence of
 *       the flagged trials up to it is at least {@code forcedMinConf}; otherwise never.</li>
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

    /** Verified-exit search result: {@code step} > 0 stops there, 0 found nothing, -1 is not known yet. */
    private static final int OPEN = -1;
    private static final int NONE = 0;

    private final PumaSettings s;
    private final List<Boolean> redundant = new ArrayList<>();
    private final List<Trial> trials = new ArrayList<>();

    PumaRule(PumaSettings settings) {
        this.s = settings;
    }

    /** Step {@code stepCount() + 1} ended; whether it is redundant to the steps before it. */
    void addStep(boolean isRedundant) {
        redundant.add(isRedundant);
    }

    /** A flagged step's trial; trials arrive in step order, one per step. */
    void addTrial(Trial t) {
        if (!trials.isEmpty() && trials.get(trials.size() - 1).step() >= t.step()) {
            throw new IllegalStateException("puma: trial for step " + t.step() + " after step "
                    + trials.get(trials.size() - 1).step());
        }
        trials.add(t);
    }

    int stepCount() {
        return redundant.size();
    }

    /** The first step (counting from 1) the Loop Breaker reads. */
    int firstLoopStep() {
        return Math.max(2, s.loopStart() + 1);
    }

    /** The outcome once fixed; null while it depends on steps not seen yet. {@code ended}: no step will follow. */
    @Nullable Outcome decide(boolean ended) {
        int k = redundant.size();
        int forced = -1;
        int bound = Integer.MAX_VALUE;
        boolean boundFinal = ended || s.loopRun() == 0;
        if (s.loopRun() > 0) {
            int run = 0;
            for (int i = firstLoopStep(); i <= k; i++) {
                run = redundant.get(i - 1) ? run + 1 : 0;
                if (run == s.loopRun()) {
                    forced = i - s.loopRun();
                    break;
                }
            }
            if (forced >= 0) {
                boundFinal = true;
                bound = forced;
            } else if (!ended) {
                // a loop still to form starts at the open run's first step or later
                bound = Math.max(firstLoopStep(), k - run + 1) - 1;
            }
        }
        // every flagged trial at a step <= known has arrived (step j is flagged by step j + 1)
        int known = ended ? Integer.MAX_VALUE : k - 1;
        int vee = verifiedExit(bound, boundFinal, ended || boundFinal && bound <= known);
        if (vee == OPEN) {
            return null;
        }
        if (vee > 0) {
            return new Outcome(vee, ExitReason.CONFIDENT);
        }
        if (forced >= 0) {
            if (s.minStopStep() > 0 && forced < s.minStopStep()) {
                return Outcome.NEVER;
            }
            double best = Double.NEGATIVE_INFINITY;
            for (Trial t : trials) {
                if (t.step() <= forced && t.conf() > best) {
                    best = t.conf();
                }
            }
            return best >= s.forcedMinConf() ? new Outcome(forced, ExitReason.LOOP) : Outcome.NEVER;
        }
        return boundFinal ? Outcome.NEVER : null;
    }

    /**
     * Scans every trial up to {@code bound} for a verified run. {@code allKnown}: no further trial at a step
     * {@code <= bound} will arrive. Returns the stop step, {@link #NONE} or {@link #OPEN}.
     */
    private int verifiedExit(int bound, boolean boundFinal, boolean allKnown) {
        int need = s.runLength() - 1;
        for (int x = 0; x < trials.size(); x++) {
            Trial head = trials.get(x);
            if (head.step() > bound) {
                return boundFinal ? NONE : OPEN;
            }
            if (!(head.conf() >= s.lambda())) {
                continue;
            }
            boolean holds = true;
            int last = x;
            for (int y = x + 1; y <= x + need; y++) {
                if (y >= trials.size()) {
                    if (!allKnown) {
                        return OPEN;
                    }
                    holds = false;
                    break;
                }
                Trial t = trials.get(y);
                if (t.step() > bound) {
                    if (!boundFinal) {
                        return OPEN;
                    }
                    holds = false;
                    break;
                }
                if (!agrees(head, t)) {
                    holds = false;
                    break;
                }
                last = y;
            }
            int stop = trials.get(last).step();
            if (holds && stop >= s.minStopStep()) {
                return stop;
            }
        }
        return allKnown ? NONE : OPEN;
    }

    private boolean agrees(Trial head, Trial t) {
        String a = head.answer();
        return a != null && !a.isEmpty() && a.equals(t.answer()) && !(t.conf() < head.conf() - s.epsilon())
                && !Double.isNaN(t.conf());
    }
}
