package dev.exitscope.analysis.signals.steps;

import java.util.Arrays;

/**
 * A segmentation computed outside ExitScope and stored in a trace as per-token series, so that it survives the
 * native format unchanged: series {@code steps.NAME} holds, for every token, the number (from 1) of the step it
 * belongs to, NaN for the tokens after the last step; each per-step value {@code KEY} (PUMA's {@code sim}, …) is
 * series {@code steps.NAME.KEY}, the step's value on each of its tokens. Steps are contiguous and start at token 0,
 * so step k covers the tokens whose number is k, and ends where step k + 1 begins. {@code attach --steps} writes
 * the segmentation called {@link #ATTACHED}. Stateless and thread-safe.
 */
public final class NamedSteps {
    /** The name {@code attach --steps} gives its segmentation. */
    public static final String ATTACHED = "attached";
    /** The per-step similarity PUMA's policy reads. */
    public static final String SIM = "sim";

    private NamedSteps() {
    }

    /** The series holding the step numbers of segmentation {@code name}. */
    public static String seriesName(String name) {
        return "steps." + name;
    }

    /** The series holding per-step value {@code key} of segmentation {@code name}. */
    public static String valueSeriesName(String name, String key) {
        return "steps." + name + "." + key;
    }

    /** The step-number series for steps ending at tokens {@code ends} (increasing, the first > 0) of {@code n}. */
    public static float[] numbers(int[] ends, int n) {
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        int from = 0;
        for (int k = 0; k < ends.length; k++) {
            Arrays.fill(out, from, ends[k], k + 1);
            from = ends[k];
        }
        return out;
    }

    /** A per-step value series: {@code values[k]} on every token of step k + 1, NaN after the last step. */
    public static float[] values(int[] ends, float[] values, int n) {
        float[] out = new float[n];
        Arrays.fill(out, Float.NaN);
        int from = 0;
        for (int k = 0; k < ends.length; k++) {
            Arrays.fill(out, from, ends[k], values[k]);
            from = ends[k];
        }
        return out;
    }

    /**
     * The end token of each step of a step-number series.
     *
     * @throws IllegalArgumentException describing the first token that breaks the shape (numbers 1, 2, 3, … from
     *                                  token 0 in runs, then only NaN)
     */
    public static int[] ends(float[] numbers) {
        int[] ends = new int[8];
        int count = 0;
        int i = 0;
        for (; i < numbers.length; i++) {
            float v = numbers[i];
            if (Float.isNaN(v)) {
                break;
            }
            if (v == count + 1) {
                if (count > 0) {
                    ends = grow(ends, count);
                    ends[count - 1] = i;
                }
                count++;
            } else if (v != count) {
                throw new IllegalArgumentException("token " + i + " has step " + v + ", expected " + Math.max(1, count)
                        + (count > 0 ? " or " + (count + 1) : ""));
            }
        }
        int last = i;
        for (; i < numbers.length; i++) {
            if (!Float.isNaN(numbers[i])) {
                throw new IllegalArgumentException("token " + i + " has step " + numbers[i]
                        + " after the steps ended at token " + last);
            }
        }
        if (count > 0) {
            ends = grow(ends, count);
            ends[count - 1] = last;
        }
        return Arrays.copyOf(ends, count);
    }

    private static int[] grow(int[] a, int count) {
        return count < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }
}
