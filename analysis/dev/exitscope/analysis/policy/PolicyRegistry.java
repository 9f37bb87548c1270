package dev.exitscope.analysis.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every policy by CLI name: its {@link PolicyDescriptor} (description, parameters with defaults, needed inputs,
 * source) and a factory from validated parameters. The standard set is
 * {@code dev.exitscope.analysis.policy.catalog.PolicyCatalog.standard()}; add a policy there with one line, or
 * {@link #register} it on a registry of your own. Listing order is registration order.
 *
 * <p>Threading: register everything before sharing the registry; after that, lookups and {@link #create} are
 * safe from any thread.
 */
public final class PolicyRegistry {
    private final Map<String, PolicyDescriptor> byName = new LinkedHashMap<>();

    /** Adds a policy; names are unique. */
    public PolicyRegistry register(PolicyDescriptor d) {
        if (byName.putIfAbsent(d.name(), d) != null) {
            throw new IllegalArgumentException("policy '" + d.name() + "' is already registered");
        }
        return this;
    }

    public PolicyRegistry register(PolicyProvider p) {
        return register(p.descriptor());
    }

    /** All policies in registration order, replayable or not. */
    public List<PolicyDescriptor> descriptors() {
        return List.copyOf(byName.values());
    }

    public @Nullable PolicyDescriptor find(String name) {
        return byName.get(name);
    }

    /** Names of the policies {@link #create} can build. */
    public List<String> replayableNames() {
        List<String> out = new ArrayList<>();
        for (PolicyDescriptor d : byName.values()) {
            if (d.replayable()) {
                out.add(d.name());
            }
        }
        return out;
    }

    /** Parses and builds a SPEC ({@code name} or {@code name:key=value,…}). */
    public StoppingPolicy create(String spec) {
        return create(PolicySpec.parse(spec));
    }

    /**
     * Builds a configuration: unknown names and keys, non-replayable policies and bad values are refused with a
     * one-line message that names the culprit and lists what is valid.
     */
    public StoppingPolicy create(PolicySpec spec) {
        PolicyDescriptor d = byName.get(spec.name());
        if (d == null) {
            throw new IllegalArgumentException("unknown policy '" + spec.name() + "'; valid: "
                    + String.join(", ", byName.keySet()));
        }
        if (d.group()) {
            throw new IllegalArgumentException("policy '" + d.name() + "' replays whole sample groups, not one"
                    + " trace");
        }
        if (!d.replayable() || d.factory() == null) {
            throw new IllegalArgumentException("policy '" + d.name() + "' is not replayable: " + d.why());
        }
        return d.factory().create(params(d, spec));
    }

    /** The validated parameters of {@code spec} for {@code d}, defaults filled in. */
    public static PolicyParams params(PolicyDescriptor d, PolicySpec spec) {
        for (String key : spec.values().keySet()) {
            if (d.param(key) == null) {
                List<String> valid = new ArrayList<>();
                d.params().forEach(p -> valid.add(p.name()));
                throw new IllegalArgumentException("policy '" + d.name() + "' has no parameter '" + key + "'; valid: "
                        + (valid.isEmpty() ? "none" : String.join(", ", valid)));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (PolicyParam p : d.params()) {
            String given = spec.values().get(p.name());
            try {
                values.put(p.name(), given == null ? p.defaultValue() : p.validate(given));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy '" + d.name() + "': " + e.getMessage(), e);
            }
        }
        return new PolicyParams(values);
    }
}
