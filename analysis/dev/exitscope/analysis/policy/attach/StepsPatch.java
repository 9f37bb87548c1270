package dev.exitscope.analysis.policy.attach;

import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.signals.steps.NamedSteps;
import dev.exitscope.analysis.signals.steps.Segmenter;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The steps of one trace from one line of a {@code --steps} file: step texts (located in order in the reasoning
 * text) or step end offsets, with optional per-step series. {@link #apply} turns them into step end tokens and
 * stores them as the segmentation {@link NamedSteps#ATTACHED}.
 *
 * <p>Reasoning: the thinking block's text, tokens {@code [thinkStart, reasoningEnd)} with {@code reasoningEnd} =
 * {@code thinkEnd}, or the whole trace when it has no thinking block. A step text is found at the first place at or
 * after the end of the previous step where it occurs with every run of whitespace in it matching a run of one or
 * more whitespace chars in the trace (PUMA trims its paragraphs and joins them with {@code "\n\n"}, whatever the
 * blank lines were). A step end offset is a char offset into the trace text (UTF-16 units, as everywhere in the
 * native format), and step k + 1 begins at the first non-whitespace char at or after it.
 *
 * <p>Tokens: as for ExitScope's segmenters, step 1 begins at token 0, step k + 1 begins at the token holding its
 * first non-whitespace char (whitespace between steps belongs to the step before), and the last step ends at
 * {@code reasoningEnd}. Immutable.
 */
final class StepsPatch {
    private final String id;
    private final String @Nullable [] texts;
    private final int @Nullable [] charEnds;
    private final Map<String, float[]> values;
    private final String where;

    StepsPatch(String id, String @Nullable [] texts, int @Nullable [] charEnds, Map<String, float[]> values,
               String where) {
        this.id = id;
        this.texts = texts;
        this.charEnds = charEnds;
        this.values = Map.copyOf(values);
        this.where = where;
    }

    String id() {
        return id;
    }

    /** {@code FILE:LINE} of the line that gave these steps. */
    String where() {
        return where;
    }

    /** Adds the segmentation to {@code b}, a copy of {@code trace}. */
    void apply(Trace trace, TraceBuilder b) {
        int n = trace.tokenCount();
        int reasoningEnd = trace.thinkEnd() == null ? n : trace.thinkEnd();
        int from = trace.thinkEnd() == null || trace.thinkStart() == null ? 0 : trace.tokenStart(trace.thinkStart());
        int to = trace.tokenStart(reasoningEnd);
        int[] starts = texts != null ? locate(trace.text(), from, to) : startsFromEnds(trace.text(), from, to);
        int[] ends = new int[starts.length];
        int previous = 0;
        for (int k = 0; k < starts.length; k++) {
            int end = k + 1 < starts.length ? trace.tokenAtChar(starts[k + 1]) : reasoningEnd;
            if (end <= previous) {
                throw fail("trace " + id + ": step " + (k + 2) + " begins in token " + end + ", where step "
                        + (k + 1) + " begins too; a step needs a token of its own");
            }
            ends[k] = end;
            previous = end;
        }
        b.series(NamedSteps.seriesName(NamedSteps.ATTACHED), NamedSteps.numbers(ends, n));
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            if (e.getValue().length != ends.length) {
                throw fail("trace " + id + ": stepSeries." + e.getKey() + " has " + e.getValue().length
                        + " values for " + ends.length + " steps");
            }
            b.series(NamedSteps.valueSeriesName(NamedSteps.ATTACHED, e.getKey()),
                    NamedSteps.values(ends, e.getValue(), n));
        }
    }

    /** The first non-whitespace char of each step text, found in order in {@code text[from, to)}. */
    private int[] locate(String text, int from, int to) {
        String[] steps = texts;
        int[] starts = new int[steps.length];
        int cursor = from;
        for (int k = 0; k < steps.length; k++) {
            String step = steps[k].strip();
            if (step.isEmpty()) {
                throw fail("trace " + id + ": step " + (k + 1) + " is empty");
            }
            int[] found = StepText.find(text, step, cursor, to);
            if (found == null) {
                throw fail("trace " + id + ": step " + (k + 1) + " (\"" + StepText.preview(step)
                        + "\") is not in the reasoning after char " + cursor + " (reasoning chars " + from + "-" + to
                        + ")");
            }
            starts[k] = found[0];
            cursor = found[1];
        }
        return starts;
    }

    /** Step 1 starts at the reasoning; step k + 1 at the first non-whitespace char at or after end k. */
    private int[] startsFromEnds(String text, int from, int to) {
        int[] e = charEnds;
        int[] starts = new int[e.length];
        int previous = from;
        starts[0] = from;
        for (int k = 0; k < e.length; k++) {
            if (e[k] <= previous || e[k] > to) {
                throw fail("trace " + id + ": stepEnds[" + k + "] = " + e[k] + " must be above " + previous
                        + " and at most " + to + " (the end of the reasoning)");
            }
            previous = e[k];
            if (k + 1 < e.length) {
                int c = e[k];
                while (c < to && Segmenter.isSpace(text.charAt(c))) {
                    c++;
                }
                if (c >= to) {
                    throw fail("trace " + id + ": step " + (k + 2) + " after stepEnds[" + k + "] = " + e[k]
                            + " has no text before the end of the reasoning (char " + to + ")");
                }
                starts[k + 1] = c;
            }
        }
        return starts;
    }

    private TraceInputException fail(String problem) {
        return TraceInputException.ofFile(where, problem);
    }
}
