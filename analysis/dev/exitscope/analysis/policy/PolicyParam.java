package dev.exitscope.analysis.policy;

import java.util.List;

/**
 * One documented parameter of a stopping policy: its name, default (as written on the command line), meaning and
 * the values it accepts. {@link #validate} turns a value from a SPEC into its canonical text or explains why it is
 * refused. Immutable; thread-safe.
 *
 * @param choices the accepted values for {@link Type#CHOICE}; empty otherwise
 * @param min     smallest accepted value for numbers (inclusive)
 * @param max     largest accepted value for numbers (inclusive)
 */
public record PolicyParam(String name, String defaultValue, String description, Type type, List<String> choices,
                          double min, double max) {

    /** What kind of value a parameter takes. */
    public enum Type { INTEGER, NUMBER, TEXT, CHOICE }

    public PolicyParam {
        choices = List.copyOf(choices);
    }

    /** An integer parameter in {@code [min, max]}. */
    public static PolicyParam integer(String name, int defaultValue, int min, int max, String description) {
        return new PolicyParam(name, Integer.toString(defaultValue), description, Type.INTEGER, List.of(), min, max);
    }

    /** A finite number in {@code [min, max]}. */
    public static PolicyParam number(String name, double defaultValue, double min, double max, String description) {
        return new PolicyParam(name, format(defaultValue), description, Type.NUMBER, List.of(), min, max);
    }

    /** Free text (a non-empty string). */
    public static PolicyParam text(String name, String defaultValue, String description) {
        return new PolicyParam(name, defaultValue, description, Type.TEXT, List.of(), 0, 0);
    }

    /** One of a fixed set of values, matched exactly. */
    public static PolicyParam choice(String name, String defaultValue, List<String> choices, String description) {
        return new PolicyParam(name, defaultValue, description, Type.CHOICE, choices, 0, 0);
    }

    /**
     * The canonical text of {@code value} for this parameter.
     *
     * @throws IllegalArgumentException naming the parameter and what it accepts
     */
    public String validate(String value) {
        switch (type) {
            case INTEGER: {
                long v;
                try {
                    v = Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    throw bad(value, "an integer");
                }
                if (v < min || v > max) {
                    throw bad(value, "an integer in [" + (long) min + ", " + (long) max + "]");
                }
                return Long.toString(v);
            }
            case NUMBER: {
                double v;
                try {
                    v = Double.parseDouble(value.trim());
                } catch (NumberFormatException e) {
                    throw bad(value, "a number");
                }
                if (!Double.isFinite(v) || v < min || v > max) {
                    throw bad(value, "a number in [" + format(min) + ", " + format(max) + "]");
                }
                return format(v);
            }
            case CHOICE:
                if (!choices.contains(value)) {
                    throw bad(value, "one of " + String.join(", ", choices));
                }
                return value;
            default:
                if (value.isEmpty()) {
                    throw bad(value, "a non-empty value");
                }
                return value;
        }
    }

    private IllegalArgumentException bad(String value, String expected) {
        return new IllegalArgumentException("parameter '" + name + "' must be " + expected + ", got '" + value + "'");
    }

    /** A number as written in params: integers without a fraction, others in the shortest round-trip form. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
