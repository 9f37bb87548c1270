package dev.exitscope.analysis.policy;

import java.util.Locale;

/**
 * How many tokens the answer after an exit costs ({@code --answer-cost}). An exit closes the thinking; the model
 * then writes an answer, and those tokens are spent too.
 * <ul>
 *   <li>{@link #RECORDED} (the default): the length of the trace's recorded answer section, the tokens after
 *       {@code thinkEnd} (0 when the trace marks no thinking block);</li>
 *   <li>{@link #PROBE}: the out tokens of the probe whose answer stands at the exit, else as {@link #RECORDED};</li>
 *   <li>{@link #NONE}: 0, which reproduces the accounting of earlier ExitScope versions.</li>
 * </ul>
 */
public enum AnswerCost {
    RECORDED, PROBE, NONE;

    /** The name used on the command line and in JSON ({@code recorded}, {@code probe}, {@code none}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode named {@code name}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AnswerCost parse(String name) {
        for (AnswerCost c : values()) {
            if (c.wireName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown answer cost '" + name + "', expected recorded, probe or none");
    }
}
