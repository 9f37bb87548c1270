package dev.exitscope.app;

import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.views.replay.PolicyChoice;
import dev.exitscope.views.replay.ReplayViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the policy panel's choices in the workbench settings: at start the policies enabled last are enabled again,
 * in the order they were enabled, with the values they had; every change is saved shortly after. A saved value a
 * newer version no longer accepts is left at its default. FX thread only.
 */
final class PolicySettings {
    private final ReplayViewModel replay;
    private final WorkbenchSettings settings;
    private final Runnable save;
    private final List<String> order = new ArrayList<>();
    private final PauseTransition pending = new PauseTransition(Duration.millis(400));

    /** @param save writes the settings (and reports a failure) */
    PolicySettings(ReplayViewModel replay, WorkbenchSettings settings, Runnable save) {
        this.replay = replay;
        this.settings = settings;
        this.save = save;
        pending.setOnFinished(e -> store());
    }

    /** Restores the saved choices, then saves every later change. */
    void install() {
        List<String> enabled = settings.enabledPolicies();
        for (PolicyChoice c : replay.choices()) {
            settings.policyValues(c.name()).forEach((k, v) -> {
                if (c.descriptor().param(k) != null && !c.set(k, v)) {
                    c.clearProblem();
                }
            });
        }
        if (enabled != null) {
            for (String name : enabled) {
                for (PolicyChoice c : replay.choices()) {
                    if (c.name().equals(name)) {
                        c.enabledProperty().set(true);
                        order.add(name);
                    }
                }
            }
        }
        for (PolicyChoice c : replay.choices()) {
            c.enabledProperty().addListener((o, a, on) -> {
                order.remove(c.name());
                if (on) {
                    order.add(c.name());
                }
                pending.playFromStart();
            });
            c.specProperty().addListener(o -> pending.playFromStart());
        }
    }

    /** Writes the choices now (also what a pending save would write). */
    void store() {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (PolicyChoice c : replay.choices()) {
            Map<String, String> changed = new LinkedHashMap<>();
            for (PolicyParam p : c.descriptor().params()) {
                String v = c.value(p.name());
                if (!v.equals(p.defaultValue())) {
                    changed.put(p.name(), v);
                }
            }
            if (!changed.isEmpty()) {
                values.put(c.name(), changed);
            }
        }
        settings.setPolicies(List.copyOf(order), values);
        save.run();
    }
}
