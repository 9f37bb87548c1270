package dev.exitscope.views.replay;

import dev.exitscope.analysis.policy.AnswerCost;
import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.ReplayEngine;
import dev.exitscope.analysis.policy.ReplayLog;
import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.policy.ReplayTrace;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.views.timeline.ExitFlag;
import dev.exitscope.views.timeline.LaneThreshold;
import dev.exitscope.views.work.LatestWins;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Replays the enabled policies on the open trace. A new trace replays every enabled policy; enabling one or changing
 * one of its parameters replays only that one. Replays run on the worker, one at a time, sharing the trace's
 * inputs ({@link ReplayTrace}); each policy's latest replay wins ({@link LatestWins}), so a result that arrives after
 * a newer change is dropped. The exits of the policies that fired become the timeline's flags, in the policies'
 * colours. Properties and methods for the FX thread; the worker must run its tasks one at a time.
 */
public final class ReplayViewModel {
    /**
     * Per policy, the lane its threshold is compared with and the parameter holding it: the entropy rule's mean
     * entropy, RPDI's λ on path deviation, DEER's τ on the trial confidence, SCM's θ on the harm score.
     */
    private static final Map<String, String[]> THRESHOLD_LANES = Map.of(
            "entropy", new String[] {"entropy", "threshold"},
            "rpdi", new String[] {"rpdi", "threshold"},
            "deer", new String[] {"probes", "threshold"},
            "scm", new String[] {"harm", "theta"});
    private final PolicyRegistry registry;
    private final AnswerCost answerCost;
    private final Executor worker;
    private final ObservableList<PolicyChoice> choices = FXCollections.observableArrayList();
    private final Map<PolicyChoice, LatestWins> latest = new IdentityHashMap<>();
    private final ObjectProperty<@Nullable Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ReadOnlyObjectWrapper<List<ExitFlag>> flags = new ReadOnlyObjectWrapper<>(this, "flags",
            List.of());
    private final ReadOnlyObjectWrapper<List<LaneThreshold>> thresholds = new ReadOnlyObjectWrapper<>(this,
            "thresholds", List.of());
    private final ReadOnlyObjectWrapper<@Nullable PolicyChoice> selected = new ReadOnlyObjectWrapper<>(this,
            "selected");
    private final ReadOnlyIntegerWrapper selectedExit = new ReadOnlyIntegerWrapper(this, "selectedExit", -1);
    /** The open trace's shared replay work; touched by the worker only. */
    private volatile @Nullable ReplayTrace shared;

    /**
     * @param worker runs the replays, one at a time (a single thread)
     * @param fx     hands results to the FX thread
     */
    public ReplayViewModel(PolicyRegistry registry, AnswerCost answerCost, Executor worker, Executor fx) {
        this.registry = registry;
        this.answerCost = answerCost;
        this.worker = worker;
        int i = 0;
        for (PolicyDescriptor d : registry.descriptors()) {
            if (!d.replayable() || d.group()) {
                continue;
            }
            PolicyChoice c = new PolicyChoice(d, i++);
            choices.add(c);
            latest.put(c, new LatestWins(fx));
            c.enabledProperty().addListener((o, a, on) -> {
                if (on) {
                    selected.set(c);
                    replay(c);
                } else {
                    if (selected.get() == c) {
                        selected.set(lastEnabled());
                    }
                    latest.get(c).cancel();
                    c.setResult(null);
                    updateFlags();
                }
            });
            c.specProperty().addListener((o, a, b) -> {
                if (c.enabledProperty().get()) {
                    replay(c);
                }
            });
        }
        trace.addListener((o, a, t) -> {
            for (PolicyChoice c : choices) {
                c.setResult(null);
            }
            updateFlags();
            for (PolicyChoice c : choices) {
                if (c.enabledProperty().get()) {
                    replay(c);
                } else {
                    latest.get(c).cancel();
                }
            }
        });
        dark.addListener(o -> updateFlags());
        selected.addListener(o -> updateFlags());
    }

    private @Nullable PolicyChoice lastEnabled() {
        PolicyChoice last = null;
        for (PolicyChoice c : choices) {
            if (c.enabledProperty().get()) {
                last = c;
            }
        }
        return last;
    }

    /** The policy whose exit the token text shows: the one enabled last, or chosen with {@link #select}. */
    public ReadOnlyObjectProperty<@Nullable PolicyChoice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Makes an enabled policy the one whose exit the token text shows. */
    public void select(PolicyChoice c) {
        if (c.enabledProperty().get()) {
            selected.set(c);
        }
    }

    /** The exit token of the selected policy, or -1 when it has none (yet). */
    public ReadOnlyIntegerProperty selectedExitProperty() {
        return selectedExit.getReadOnlyProperty();
    }

    /** The policies the panel lists, in the registry's order: the replayable per-trace ones. */
    public ObservableList<PolicyChoice> choices() {
        return choices;
    }

    /** The policy called {@code name}. */
    public PolicyChoice choice(String name) {
        for (PolicyChoice c : choices) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no policy '" + name + "' in the panel");
    }

    /** The trace the policies are replayed on. */
    public ObjectProperty<@Nullable Trace> traceProperty() {
        return trace;
    }

    /** Whether the flags take the dark theme's colours. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The thresholds of the enabled policies that compare a lane's signal with one, in the panel's order. */
    public ReadOnlyObjectProperty<List<LaneThreshold>> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    /** The exit flags of the enabled policies that fired, in the panel's order. */
    public ReadOnlyObjectProperty<List<ExitFlag>> flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    /** The colour (0xAARRGGBB) of a policy's flag in the current theme. */
    public int colour(PolicyChoice c) {
        return PolicyColours.argb(c.index(), dark.get());
    }

    private void replay(PolicyChoice c) {
        LatestWins.Ticket ticket = latest.get(c).next();
        Trace t = trace.get();
        c.setResult(null);
        updateFlags();
        if (t == null) {
            return;
        }
        PolicySpec spec = c.specProperty().get();
        worker.execute(() -> {
            if (ticket.isSuperseded()) {
                return;
            }
            ReplayResult r;
            String why;
            try {
                ReplayLog log = ReplayEngine.log(sharedFor(t), registry.create(spec), answerCost);
                r = log.result();
                why = ExitExplanation.of(t, log);
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                ticket.deliver(() -> c.setProblem(message));
                return;
            }
            ticket.deliver(() -> {
                c.setResult(r, why);
                updateFlags();
            });
        });
    }

    private ReplayTrace sharedFor(Trace t) {
        ReplayTrace s = shared;
        if (s == null || s.trace() != t) {
            s = new ReplayTrace(t);
            shared = s;
        }
        return s;
    }

    private void updateFlags() {
        List<ExitFlag> out = new ArrayList<>();
        for (PolicyChoice c : choices) {
            ReplayResult r = c.resultProperty().get();
            if (r != null && c.enabledProperty().get() && r.exitToken() != null) {
                out.add(new ExitFlag(r.exitToken(), label(c, r), colour(c), detail(r, c.explanation())));
            }
        }
        flags.set(List.copyOf(out));
        List<LaneThreshold> lines = new ArrayList<>();
        for (PolicyChoice c : choices) {
            String[] where = THRESHOLD_LANES.get(c.name());
            if (where != null && c.enabledProperty().get()) {
                double v = Double.parseDouble(c.value(where[1]));
                lines.add(new LaneThreshold(where[0], v, colour(c), c.name() + " " + where[1] + " " + c.value(
                        where[1])));
            }
        }
        thresholds.set(List.copyOf(lines));
        PolicyChoice s = selected.get();
        ReplayResult sr = s == null ? null : s.resultProperty().get();
        selectedExit.set(sr == null || sr.exitToken() == null ? -1 : sr.exitToken());
    }

    /** The flag's label: the policy and the share of tokens it saves, e.g. {@code deer −38%}. */
    static String label(PolicyChoice c, ReplayResult r) {
        return c.specText() + " " + savedText(r.saved());
    }

    /** A saving as the change in tokens: {@code −38.2%} for a saving, {@code +1.5%} for a cost. */
    static String savedText(double saved) {
        return (saved >= 0 ? "−" : "+") + percent(Math.abs(saved));
    }

    /** What the flag's tooltip says: where and why it stopped, and with which answer. */
    static String detail(ReplayResult r, @Nullable String why) {
        StringBuilder sb = new StringBuilder(r.policy()).append(" stops after token ").append(r.exitToken())
                .append(": ").append(why == null ? r.reason().wireName() : why).append(". ").append(r.tokensUsed())
                .append(" of ")
                .append(r.tokensTotal()).append(" tokens used, ").append(percent(r.saved())).append(" saved");
        if (r.answer() != null) {
            sb.append("; answer ").append(r.answer()).append(" (").append(r.answerSource()).append(')');
            if (r.correct() != null) {
                sb.append(r.correct() ? ", correct" : ", wrong");
            }
            if (r.premature()) {
                sb.append(", premature: the full trace was right");
            }
        }
        return sb.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
