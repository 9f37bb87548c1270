package dev.exitscope.views.inspector;

import dev.exitscope.analysis.trace.FinalAnswer;
import dev.exitscope.analysis.trace.Question;
import dev.exitscope.analysis.trace.Trace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The header above a trace's text: the question (wrapped to at most three lines, the whole text in its tooltip),
 * the gold answer, the final answer ExitScope read from the text, and whether that answer is correct — or that it
 * cannot be judged, without a gold answer or without a final answer. Labels have the ids {@code header-question},
 * {@code header-gold}, {@code header-final} and {@code header-verdict}. FX thread only.
 */
public final class TraceHeader extends VBox {
    /** Lines of question text shown before it is cut; the tooltip holds the rest. */
    static final int QUESTION_LINES = 3;

    private final ObjectProperty<@Nullable Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final Label question = new Label();
    private final Tooltip questionTip = new Tooltip();
    private final Label gold = new Label();
    private final Label answer = new Label();
    private final Label verdict = new Label();

    public TraceHeader() {
        super(2);
        setId("trace-header");
        getStyleClass().add("trace-header");
        getStylesheets().add(java.util.Objects.requireNonNull(TraceHeader.class.getResource("inspector.css"),
                "inspector.css").toExternalForm());
        question.setId("header-question");
        question.getStyleClass().add("header-question");
        question.setWrapText(true);
        question.setTextOverrun(OverrunStyle.ELLIPSIS);
        question.setMinHeight(0);
        question.setMinWidth(0);
        question.setMaxWidth(Double.MAX_VALUE);
        questionTip.setWrapText(true);
        questionTip.setMaxWidth(600);
        question.fontProperty().addListener(o -> limitQuestion());
        limitQuestion();
        gold.setId("header-gold");
        answer.setId("header-final");
        verdict.setId("header-verdict");
        gold.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        answer.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        verdict.setMinWidth(Label.USE_PREF_SIZE);
        HBox goldBox = new HBox(4, name("Gold"), gold);
        HBox answerBox = new HBox(4, name("Final answer"), answer);
        // the three wrap onto a second line rather than being cut in a narrow window
        FlowPane answers = new FlowPane(16, 2, goldBox, answerBox, verdict);
        answers.setAlignment(Pos.CENTER_LEFT);
        answers.setMinWidth(0);
        answers.setPrefWrapLength(200);
        answers.widthProperty().addListener((o, a, w) -> {
            double room = Math.max(60, w.doubleValue() - 120);
            gold.setMaxWidth(room);
            answer.setMaxWidth(room);
        });
        getChildren().addAll(question, answers);
        trace.addListener(o -> update());
        update();
    }

    private void limitQuestion() {
        // line spacing of the label's font, so at most QUESTION_LINES lines show before the ellipsis
        double line = Math.ceil(question.getFont().getSize() * 1.35);
        question.setMaxHeight(QUESTION_LINES * line + 2);
    }

    private void update() {
        Trace t = trace.get();
        if (t == null) {
            show(question, "No trace open", true);
            question.setTooltip(null);
            show(gold, "—", true);
            show(answer, "—", true);
            verdict(null, "");
            return;
        }
        Question q = t.question();
        FinalAnswer f = t.finalAnswer();
        String text = q.text();
        if (text == null || text.isBlank()) {
            show(question, "No question recorded", true);
            question.setTooltip(null);
        } else {
            show(question, text.strip(), false);
            questionTip.setText(text.strip());
            question.setTooltip(questionTip);
        }
        String g = q.gold();
        show(gold, g == null ? "no gold answer" : g, g == null);
        show(answer, f.answer() == null ? "no final answer" : f.answer(), f.answer() == null);
        gold.setTooltip(g == null ? null : new Tooltip(g));
        answer.setTooltip(f.answer() == null ? null : new Tooltip(f.answer()));
        if (g == null) {
            verdict(null, "not judged: no gold");
        } else if (f.answer() == null) {
            verdict(null, "not judged: no final answer");
        } else if (f.correct() == null) {
            verdict(null, "not judged");
        } else {
            verdict(f.correct(), f.correct() ? "correct" : "wrong");
        }
    }

    private void verdict(@Nullable Boolean correct, String text) {
        verdict.setText(text);
        verdict.getStyleClass().removeAll("header-correct", "header-wrong", "header-none");
        verdict.getStyleClass().add(correct == null ? "header-none" : correct ? "header-correct" : "header-wrong");
    }

    private static void show(Label l, String text, boolean none) {
        l.setText(text);
        l.getStyleClass().remove("header-none");
        if (none) {
            l.getStyleClass().add("header-none");
        }
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("header-name");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** The trace whose question and answers are shown, or null. */
    public ObjectProperty<@Nullable Trace> traceProperty() {
        return trace;
    }
}
