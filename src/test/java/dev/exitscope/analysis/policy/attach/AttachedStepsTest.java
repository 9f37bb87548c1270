package dev.exitscope.analysis.policy.attach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exitscope.analysis.io.TraceInputException;
import dev.exitscope.analysis.trace.Trace;
import dev.exitscope.analysis.trace.TraceBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps attached from a {@code --steps} file. The trace's text is
 * {@code "<think>First step.\n\nSecond one.\n\n\nThird.</think>Answer 4"}, with token starts
 * 0 {@code <think>}, 7 {@code First}, 12 {@code " step"}, 17 {@code .}, 18 {@code \n\n}, 20 {@code Second},
 * 26 {@code " one"}, 30 {@code .\n\n\n}, 34 {@code Third}, 39 {@code .}, 40 {@code </think>}, 48 {@code Answer},
 * 54 {@code " 4"}; the thinking block is tokens [0, 11), tags included, so the reasoning is chars [0, 48).
 */
class AttachedStepsTest {
    private static final float N = Float.NaN;
    /** Step 1 = tokens [0, 5), step 2 = [5, 11) (to reasoningEnd), answer tokens 11, 12 in no step. */
    private static final float[] TWO_STEPS = {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, N, N};

    @TempDir
    Path dir;

    private static Trace trace() {
        TraceBuilder b = new TraceBuilder("t");
        for (String s : new String[] {"<think>", "First", " step", ".", "\n\n", "Second", " one", ".\n\n\n", "Third",
            ".", "</think>", "Answer", " 4"}) {
            b.addToken(s, Float.NaN);
        }
        return b.thinkRange(0, 11).build();
    }

    private Trace attach(String line) throws Exception {
        Path f = dir.resolve("steps.jsonl");
        Files.writeString(f, "\n" + line + "\n");
        Attachments a = new Attachments();
        a.addSteps(f);
        Trace out = a.apply(trace());
        a.checkAllUsed();
        return out;
    }

    private String error(String line) {
        Path f = dir.resolve("steps.jsonl");
        TraceInputException e = assertThrows(TraceInputException.class, () -> attach(line));
        return e.getMessage().substring(f.toString().length());
    }

    @Test
    void stepTextsAreFoundInOrderWithWhitespaceRunsMatchingAnyRun() throws Exception {
        // step 2 was joined with "\n\n" (PUMA's join) where the trace has "\n\n\n": it still matches from char 20.
        // Step 2 begins in token 5 (char 20), so step 1 is tokens [0, 5); step 2 runs to reasoningEnd 11
        Trace t = attach("{\"id\":\"t\",\"steps\":[\"First step.\",\"Second one.\\n\\nThird.\"]}");
        assertArrayEquals(TWO_STEPS, t.seriesCopy("steps.attached"));
    }

    @Test
    void stepEndOffsetsGiveTheSameStepsAndPerStepValuesFillTheirTokens() throws Exception {
        // end 18 (after "First step."): step 2 begins at the next non-whitespace char, 20, in token 5
        Trace t = attach("{\"id\":\"t\",\"stepEnds\":[18,40],\"stepSeries\":{\"sim\":[null,0.5]}}");
        assertArrayEquals(TWO_STEPS, t.seriesCopy("steps.attached"));
        assertArrayEquals(new float[] {N, N, N, N, N, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, N, N},
                t.seriesCopy("steps.attached.sim"));
    }

    @Test
    void attachingAgainReplacesTheWholeSegmentation() throws Exception {
        Trace first = attach("{\"id\":\"t\",\"stepEnds\":[18,40],\"stepSeries\":{\"sim\":[null,0.5]}}");
        Path f = dir.resolve("again.jsonl");
        Files.writeString(f, "{\"id\":\"t\",\"steps\":[\"First step. Second one. Third.\"]}\n");
        Attachments a = new Attachments();
        a.addSteps(f);
        Trace t = a.apply(first);
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, N, N}, t.seriesCopy("steps.attached"));
        assertNull(t.seriesCopy("steps.attached.sim"));
    }

    @Test
    void aStepThatIsNotInTheReasoningIsNamedWithFileLineTraceAndStepNumber() {
        assertEquals(":2: trace t: step 2 (\"Fourth.\") is not in the reasoning after char 18 (reasoning chars"
                + " 0-48)", error("{\"id\":\"t\",\"steps\":[\"First step.\",\"Fourth.\"]}"));
        // the answer after </think> is not searched
        assertEquals(":2: trace t: step 2 (\"Answer\") is not in the reasoning after char 18 (reasoning chars"
                + " 0-48)", error("{\"id\":\"t\",\"steps\":[\"First step.\",\"Answer\"]}"));
        // steps are found in order: "First step." does not occur after "Second one."
        assertEquals(":2: trace t: step 2 (\"First step.\") is not in the reasoning after char 31 (reasoning chars"
                + " 0-48)", error("{\"id\":\"t\",\"steps\":[\"Second one.\",\"First step.\"]}"));
    }

    @Test
    void twoStepsBeginningInOneTokenAreAnError() {
        // "First" ends at 12; "s" is found at 13 and "tep." at 14, both in token 2 (" step", chars 12-17)
        assertEquals(":2: trace t: step 3 begins in token 2, where step 2 begins too; a step needs a token of its"
                + " own", error("{\"id\":\"t\",\"steps\":[\"First\",\"s\",\"tep.\"]}"));
    }

    @Test
    void malformedLinesAreOneClearLine() {
        assertEquals(":2: trace t: expected either \"steps\" (the step texts) or \"stepEnds\" (char offsets)",
                error("{\"id\":\"t\"}"));
        assertEquals(":2: trace t: stepSeries.sim has 1 values for 2 steps",
                error("{\"id\":\"t\",\"stepEnds\":[18,40],\"stepSeries\":{\"sim\":[0.5]}}"));
        assertEquals(":2: trace t: stepEnds[1] = 49 must be above 18 and at most 48 (the end of the reasoning)",
                error("{\"id\":\"t\",\"stepEnds\":[18,49]}"));
        assertEquals(":2: trace t: expected stepEnds[0] to be an integer >= 0, found 1.5",
                error("{\"id\":\"t\",\"stepEnds\":[1.5]}"));
    }
}
