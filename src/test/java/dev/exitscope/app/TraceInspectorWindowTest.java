package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exitscope.analysis.io.Importers;
import dev.exitscope.analysis.summary.TraceSummary;
import dev.exitscope.views.inspector.TokenInspectorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trace header and the token inspector in the real window, on a native trace written here with literal
 * logprobs: the header shows the question, the gold answer and the verdict (and says when there is no gold); the
 * inspector shows the entropy bounds of a token with top-k logprobs worked out by hand from those logprobs; a range
 * shows its token count and means worked out by hand.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceInspectorWindowTest {
    private static final int VOCAB = 1000;
    private static final String QUESTION = "A farmer has twelve apples and gives away none of them; how many apples"
            + " does the farmer have left at the end of the day, after counting them twice very carefully, writing"
            + " the count down in a ledger, checking the ledger against the basket and finally asking a neighbour"
            + " to count them once more?";
    /** Token texts; the final answer 12 is boxed, so ExitScope reads it and finds it equal to the gold. */
    private static final String[] TOKENS = {"The", " answer", " is", " \\boxed{12}", "."};
    /** The sampled token's logprob at each position. */
    private static final float[] LOGPROBS = {lp(0.9), lp(0.4), lp(0.7), lp(0.95), lp(0.99)};
    /**
     * Top-k rows: at token 1 the listed mass is 0.78, so 0.22 is left over and the smallest listed probability is
     * 0.08 — the lower bound packs the leftover into two tokens of 0.08 and one of 0.06.
     */
    private static final String[][] ALT_TEXT = {{"The", "A"}, {" answer", " result", " sum"}, {" is", " was"},
        {" \\boxed{12}", " 12"}, {".", "!"}};
    private static final float[][] ALT_LOGPROBS = {{lp(0.9), lp(0.05)}, {lp(0.4), lp(0.3), lp(0.08)},
        {lp(0.7), lp(0.2)}, {lp(0.95), lp(0.04)}, {lp(0.99), lp(0.005)}};

    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private WorkbenchWindow window;

    private static float lp(double p) {
        return (float) Math.log(p);
    }

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append(record("gold-12", "{\"text\":" + json(QUESTION) + ",\"gold\":\"12\",\"answerType\":\"numeric\"}"))
                .append('\n');
        b.append(record("no-gold", "{\"text\":\"How many apples?\"}")).append('\n');
        Files.writeString(dir.resolve("apples.traces.jsonl"), b.toString());
        window = new WorkbenchWindow();
        window.show(stage, Importers.standard(), List.of(dir), worker);
    }

    private static String record(String id, String question) {
        StringBuilder b = new StringBuilder("{\"format\":\"exitscope/1\",\"id\":\"").append(id)
                .append("\",\"meta\":{\"extra\":{\"vocabSize\":\"").append(VOCAB).append("\"}},\"question\":")
                .append(question).append(",\"tokens\":{\"text\":[");
        for (int i = 0; i < TOKENS.length; i++) {
            b.append(i > 0 ? "," : "").append(json(TOKENS[i]));
        }
        b.append("],\"logprob\":[");
        for (int i = 0; i < LOGPROBS.length; i++) {
            b.append(i > 0 ? "," : "").append(LOGPROBS[i]);
        }
        b.append("],\"id\":[10,11,12,13,14],\"topK\":{\"k\":3,\"text\":[");
        for (int i = 0; i < ALT_TEXT.length; i++) {
            b.append(i > 0 ? ",[" : "[");
            for (int j = 0; j < ALT_TEXT[i].length; j++) {
                b.append(j > 0 ? "," : "").append(json(ALT_TEXT[i][j]));
            }
            b.append(']');
        }
        b.append("],\"logprob\":[");
        for (int i = 0; i < ALT_LOGPROBS.length; i++) {
            b.append(i > 0 ? ",[" : "[");
            for (int j = 0; j < ALT_LOGPROBS[i].length; j++) {
                b.append(j > 0 ? "," : "").append(ALT_LOGPROBS[i][j]);
            }
            b.append(']');
        }
        return b.append("]}}}").toString();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private void open(FxRobot robot, String id) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<TraceSummary> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> {
            for (TraceSummary s : table.getItems()) {
                if (s.id().equals(id)) {
                    table.getSelectionModel().select(s);
                }
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null
                && window.timeline().dataProperty().get().trace().id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theHeaderShowsTheQuestionTheGoldAndTheVerdictAndSaysWhenThereIsNoGold(FxRobot robot) throws Exception {
        open(robot, "gold-12");
        Label question = robot.lookup("#header-question").queryAs(Label.class);
        assertEquals(QUESTION, question.getText());
        assertEquals(QUESTION, question.getTooltip().getText(), "the whole question is in the tooltip");
        Label gold = robot.lookup("#header-gold").queryAs(Label.class);
        assertEquals("12", gold.getText());
        assertEquals("12", text(robot, "#header-final"));
        assertEquals("correct", text(robot, "#header-verdict"));
        // the question wraps to at most three lines, however long it is
        assertTrue(question.getHeight() <= 3.6 * gold.getHeight(), question.getHeight() + " vs a line of "
                + gold.getHeight());

        open(robot, "no-gold");
        assertEquals("How many apples?", text(robot, "#header-question"));
        assertEquals("no gold answer", text(robot, "#header-gold"));
        assertEquals("not judged: no gold", text(robot, "#header-verdict"));
    }

    @Test
    void theInspectorShowsTheEntropyBoundsOfATopKTokenWorkedOutFromItsLogprobs(FxRobot robot) throws Exception {
        open(robot, "gold-12");
        robot.interact(() -> window.timeline().selectedTokenProperty().set(1));
        WaitForAsyncUtils.waitForFxEvents();

        // TopKEntropy (analysis/.../signals/entropy/TopKEntropy.java): H_k = −Σ p ln p over the listed tokens,
        // leftover r = 1 − Σ p; upper bound (the estimate) H_k − r ln(r / (V − k)), the leftover spread evenly
        // over the V − k unlisted tokens; lower bound H_k plus the entropy of the leftover packed into ⌊r / p_min⌋
        // tokens of p_min and one token holding the rest, since no unlisted token can be likelier than p_min.
        double hk = 0;
        double mass = 0;
        double pmin = 1;
        for (float l : ALT_LOGPROBS[1]) {
            double p = Math.exp(l);
            hk -= p * l;
            mass += p;
            pmin = Math.min(pmin, p);
        }
        double r = 1 - mass;
        double upper = hk - r * Math.log(r / (VOCAB - 3));
        double full = Math.floor(r / pmin);
        assertEquals(2, full, "0.22 left over holds two tokens of 0.08");
        double rest = r - full * pmin;
        double lower = hk - full * pmin * Math.log(pmin) - rest * Math.log(rest);

        assertEquals(String.format(Locale.ROOT, "[%.4f, %.4f]", lower, upper),
                text(robot, "#inspector-entropy-bounds"));
        assertEquals(String.format(Locale.ROOT, "≤ %.4f", upper), text(robot, "#inspector-entropy"));
        assertEquals("top-k estimate: an upper bound", text(robot, "#inspector-entropy-kind"));
        assertEquals("11", text(robot, "#inspector-id"));
        assertEquals("“ answer”", text(robot, "#inspector-text"));
        assertEquals(String.format(Locale.ROOT, "%.4f", 0.4 - 0.3), text(robot, "#inspector-margin"));
        assertEquals(String.format(Locale.ROOT, "%.4f", -Math.log(0.4)), text(robot, "#inspector-surprisal"));
        assertEquals("“ result”", text(robot, "#inspector-topk-1-0"));
        assertEquals(String.format(Locale.ROOT, "%.3f", ALT_LOGPROBS[1][1]).replace('-', '−'),
                text(robot, "#inspector-topk-1-1"));
        assertEquals("30.0%", text(robot, "#inspector-topk-1-2"));

        List<TokenInspectorModel.Row> rows = TokenInspectorModel.token(window.timeline().dataProperty().get(), 1);
        assertEquals(lower, number(rows, "entropy-lower"), 1e-5);
        assertEquals(upper, number(rows, "entropy-upper"), 1e-5);
    }

    @Test
    void aRangeShowsItsTokenCountAndTheMeansOfItsSignals(FxRobot robot) throws Exception {
        open(robot, "gold-12");
        robot.interact(() -> {
            window.timeline().rangeStartProperty().set(1);
            window.timeline().rangeEndProperty().set(4);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("3", text(robot, "#inspector-range-count"));
        double surprisal = (-LOGPROBS[1] - LOGPROBS[2] - LOGPROBS[3]) / 3;
        double margin = ((0.4 - 0.3) + (0.7 - 0.2) + (0.95 - 0.04)) / 3;
        assertEquals(String.format(Locale.ROOT, "%.4f", surprisal), text(robot, "#inspector-range-surprisal"));
        assertEquals(String.format(Locale.ROOT, "%.4f", margin), text(robot, "#inspector-range-margin"));
        List<TokenInspectorModel.Row> rows = TokenInspectorModel.range(window.timeline().dataProperty().get(), 1, 4);
        assertEquals(surprisal, number(rows, "surprisal"), 1e-6);
        assertEquals(margin, number(rows, "margin"), 1e-6);
    }

    private static double number(List<TokenInspectorModel.Row> rows, String key) {
        for (TokenInspectorModel.Row r : rows) {
            if (r.key().equals(key)) {
                return r.number();
            }
        }
        throw new AssertionError("no row " + key);
    }
}
