package dev.exitscope.analysis.policy.eval;

import dev.exitscope.analysis.policy.PolicyDescriptor;
import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.PolicyRegistry;
import dev.exitscope.analysis.policy.PolicySpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep as written after {@code --sweep}: {@code policy:param=from:to:points}, optionally with other
 * fixed parameters ({@code entropy:threshold=0.1:2:50,window=16}). The grid is linear, both ends included:
 * v_i = from + i · (to − from) ÷ (points − 1), i = 0 … points − 1, points ≥ 2, computed in decimal arithmetic so
 * that 0.1:0.5:5 gives 0.1, 0.2, 0.3, 0.4, 0.5 exactly. For an integer parameter each value is rounded half up;
 * rounding may repeat a value, and the configuration then appears twice. Immutable.
 *
 * @param base   the spec with the swept parameter removed
 * @param param  the swept parameter
 * @param values the grid, in order, as canonical parameter text
 */
public record SweepSpec(PolicySpec base, String param, List<String> values) {
    /**
     * The most grid points: 100,000 configurations take about 128 MB before the first trace and are bootstrapped
     * 2 · 10^8 times, seconds on a small corpus; a finer grid than that resolves nothing a corpus can tell apart.
     */
    public static final int MAX_POINTS = 100_000;

    public SweepSpec {
        values = List.copyOf(values);
    }

    /**
     * Parses and expands a sweep against the registry's parameter types.
     *
     * @throws IllegalArgumentException with a one-line message
     */
    public static SweepSpec parse(String text, PolicyRegistry registry) {
        PolicySpec spec = PolicySpec.parse(text);
        String param = null;
        String[] range = null;
        Map<String, String> fixed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : spec.values().entrySet()) {
            String[] parts = e.getValue().split(":", -1);
            if (parts.length == 3) {
                if (param != null) {
                    throw new IllegalArgumentException("bad sweep '" + text + "': sweep one parameter at a time");
                }
                param = e.getKey();
                range = parts;
            } else {
                fixed.put(e.getKey(), e.getValue());
            }
        }
        if (param == null) {
            throw new IllegalArgumentException("bad sweep '" + text + "': expected policy:param=from:to:points");
        }
        PolicyDescriptor d = registry.find(spec.name());
        PolicyParam p = d == null ? null : d.param(param);
        if (d != null && p == null) {
            throw new IllegalArgumentException("policy '" + d.name() + "' has no parameter '" + param + "'");
        }
        boolean integer = p != null && p.type() == PolicyParam.Type.INTEGER;
        return new SweepSpec(new PolicySpec(spec.name(), fixed), param, grid(text, range, integer));
    }

    static List<String> grid(String text, String[] range, boolean integer) {
        BigDecimal from;
        BigDecimal to;
        int points;
        try {
            from = new BigDecimal(range[0].strip());
            to = new BigDecimal(range[1].strip());
            points = Integer.parseInt(range[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad sweep '" + text + "': from and to must be numbers and points an"
                    + " integer");
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("bad sweep '" + text + "': points must be in [2, " + MAX_POINTS
                    + "], got " + points + " (each point is a configuration kept with its evaluation, about "
                    + CorpusEvaluator.BYTES_PER_CONFIGURATION + " bytes before any trace, and bootstrapped "
                    + PairedBootstrap.RESAMPLES + " times)");
        }
        BigDecimal span = to.subtract(from);
        BigDecimal steps = BigDecimal.valueOf(points - 1L);
        List<String> out = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            BigDecimal v = i == points - 1 ? to
                    : from.add(span.multiply(BigDecimal.valueOf(i)).divide(steps, MathContext.DECIMAL64));
            if (integer) {
                out.add(v.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
            } else {
                String s = v.stripTrailingZeros().toPlainString();
                out.add(s.equals("-0") ? "0" : s);
            }
        }
        return out;
    }

    /** One spec per grid value, the swept parameter last. */
    public List<PolicySpec> specs() {
        List<PolicySpec> out = new ArrayList<>(values.size());
        for (String v : values) {
            Map<String, String> m = new LinkedHashMap<>(base.values());
            m.put(param, v);
            out.add(new PolicySpec(base.name(), m));
        }
        return out;
    }
}
