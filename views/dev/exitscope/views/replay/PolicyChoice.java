package dev.exitscope.views.replay;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicySpec;
import dev.exitscope.analysis.policy.ReplayResult;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.jspecify.annotations.Nullable;

/**
 * One policy of the replay panel: whether it is enabled, its parameter values (the defaults until changed), the
 * replay result on the open trace, and a message when a value is not accepted. FX thread only.
 */
public final class PolicyChoice {
    private final PolicyDescriptor descriptor;
    private final int index;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final Map<String, String> values = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<@Nullable ReplayResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<PolicySpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private @Nullable String explanation;

    PolicyChoice(PolicyDescriptor descriptor, int index) {
        this.descriptor = descriptor;
        this.index = index;
        for (PolicyParam p : descriptor.params()) {
            values.put(p.name(), p.defaultValue());
        }
        spec.set(new PolicySpec(descriptor.name(), Map.copyOf(values)));
    }

    public PolicyDescriptor descriptor() {
        return descriptor;
    }

    /** Its place among the panel's policies, which fixes its colour. */
    public int index() {
        return index;
    }

    public String name() {
        return descriptor.name();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The value of parameter {@code key} (its canonical text). */
    public String value(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(name() + " has no parameter '" + key + "'");
        }
        return v;
    }

    /**
     * Sets parameter {@code key}; a value the parameter does not accept is refused, with the reason in
     * {@link #problemProperty()}, and the configuration stays as it was. Returns whether it was taken.
     */
    public boolean set(String key, String value) {
        PolicyParam p = descriptor.param(key);
        if (p == null) {
            throw new IllegalArgumentException(name() + " has no parameter '" + key + "'");
        }
        String canonical;
        try {
            canonical = p.validate(value);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set(null);
        if (!canonical.equals(values.get(key))) {
            values.put(key, canonical);
            spec.set(new PolicySpec(name(), Map.copyOf(values)));
        }
        return true;
    }

    /** Every parameter back to its default. */
    public void reset() {
        problem.set(null);
        for (PolicyParam p : descriptor.params()) {
            values.put(p.name(), p.defaultValue());
        }
        spec.set(new PolicySpec(name(), Map.copyOf(values)));
    }

    /** Whether every parameter has its default value. */
    public boolean isDefault() {
        for (PolicyParam p : descriptor.params()) {
            if (!p.defaultValue().equals(values.get(p.name()))) {
                return false;
            }
        }
        return true;
    }

    /** The configuration as the command line writes it: {@code deer:threshold=0.9} (only changed values). */
    public String specText() {
        StringBuilder sb = new StringBuilder(name());
        char sep = ':';
        for (PolicyParam p : descriptor.params()) {
            String v = values.get(p.name());
            if (!p.defaultValue().equals(v)) {
                sb.append(sep).append(p.name()).append('=').append(v);
                sep = ',';
            }
        }
        return sb.toString();
    }

    /** The current configuration; changes whenever a parameter does. */
    public ReadOnlyObjectProperty<PolicySpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The replay on the open trace, or null while none is known (disabled, no trace, or replaying). */
    public ReadOnlyObjectProperty<@Nullable ReplayResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    void setResult(@Nullable ReplayResult r) {
        setResult(r, null);
    }

    void setResult(@Nullable ReplayResult r, @Nullable String why) {
        explanation = why;
        result.set(r);
    }

    /** Why the last replay stopped where it did, with the values that made it stop; null without an exit. */
    public @Nullable String explanation() {
        return explanation;
    }

    /** Forgets why a value was refused (the refused value was never taken). */
    public void clearProblem() {
        problem.set(null);
    }

    void setProblem(@Nullable String message) {
        problem.set(message);
    }

    /** Why the last value given was refused, or the configuration could not be replayed; or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
