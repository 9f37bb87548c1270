package dev.exitscope.views.replay;

import dev.exitscope.analysis.policy.PolicyParam;
import dev.exitscope.analysis.policy.ReplayResult;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The policy panel: every replayable policy with a check box; an enabled one shows its parameters (typed editors,
 * each with its description, and a reset), the paper it comes from, and its result on the open trace — exit token,
 * reason, tokens used and saved, thinking saved, the answer at the exit and where it came from, correct, premature —
 * or, when it cannot run on this trace, what it needs. FX thread only.
 */
public final class PolicyPanel extends ScrollPane {
    private final ReplayViewModel model;
    private final VBox rows = new VBox(2);

    public PolicyPanel(ReplayViewModel model) {
        this.model = model;
        getStyleClass().add("policy-panel");
        getStylesheets().add(java.util.Objects.requireNonNull(PolicyPanel.class.getResource("replay.css"),
                "replay.css").toExternalForm());
        setId("policy-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label title = new Label("Stopping policies");
        title.getStyleClass().add("policy-panel-title");
        rows.getChildren().add(title);
        rows.setPadding(new Insets(6));
        for (PolicyChoice c : model.choices()) {
            rows.getChildren().add(row(c));
        }
        setContent(rows);
        setMinHeight(0);
    }

    private VBox row(PolicyChoice c) {
        CheckBox box = new CheckBox(c.name());
        box.setId("policy-" + c.name());
        box.selectedProperty().bindBidirectional(c.enabledProperty());
        box.setTooltip(new Tooltip(c.descriptor().description()));
        Rectangle swatch = new Rectangle(10, 10);
        Runnable paint = () -> swatch.setFill(color(model.colour(c)));
        paint.run();
        model.darkProperty().addListener(o -> paint.run());
        Label summary = new Label();
        summary.setId("policy-summary-" + c.name());
        summary.getStyleClass().add("policy-summary");
        box.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        summary.setMinWidth(0);
        HBox head = new HBox(6, swatch, box, gap, summary);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox details = new VBox(3);
        details.setPadding(new Insets(2, 0, 6, 22));
        details.getChildren().addAll(params(c), problemLabel(c), resultGrid(c), source(c));
        details.visibleProperty().bind(c.enabledProperty());
        details.managedProperty().bind(c.enabledProperty());

        Runnable update = () -> summary.setText(summaryOf(c));
        c.resultProperty().addListener(o -> update.run());
        c.enabledProperty().addListener(o -> update.run());
        model.traceProperty().addListener(o -> update.run());
        update.run();
        VBox row = new VBox(2, head, details);
        row.getStyleClass().add("policy-row");
        return row;
    }

    private static String summaryOf(PolicyChoice c) {
        if (!c.enabledProperty().get()) {
            return "";
        }
        ReplayResult r = c.resultProperty().get();
        if (r == null) {
            return "…";
        }
        if (!r.replayable()) {
            return "cannot run";
        }
        if (r.exitToken() == null) {
            return "no exit";
        }
        return "exit " + r.exitToken() + " · " + ReplayViewModel.savedText(r.saved());
    }

    private GridPane params(PolicyChoice c) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(3);
        int row = 0;
        for (PolicyParam p : c.descriptor().params()) {
            Label name = new Label(p.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Control editor = editor(c, p);
            Tooltip tip = new Tooltip(p.description() + " (default " + p.defaultValue() + ")");
            name.setTooltip(tip);
            editor.setTooltip(tip);
            g.addRow(row++, name, editor);
        }
        if (!c.descriptor().params().isEmpty()) {
            Button reset = new Button("Reset");
            reset.setId("policy-reset-" + c.name());
            reset.setOnAction(e -> c.reset());
            g.add(reset, 1, row);
        }
        return g;
    }

    private static Control editor(PolicyChoice c, PolicyParam p) {
        if (p.type() == PolicyParam.Type.CHOICE) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.getItems().setAll(p.choices());
            box.setValue(c.value(p.name()));
            box.setId("param-" + c.name() + "-" + p.name());
            box.valueProperty().addListener((o, a, v) -> {
                if (v != null) {
                    c.set(p.name(), v);
                }
            });
            c.specProperty().addListener(o -> box.setValue(c.value(p.name())));
            return box;
        }
        TextField field = new TextField(c.value(p.name()));
        field.setId("param-" + c.name() + "-" + p.name());
        field.setPrefColumnCount(p.type() == PolicyParam.Type.TEXT ? 12 : 6);
        Runnable commit = () -> {
            if (!c.set(p.name(), field.getText())) {
                field.getStyleClass().add("invalid");
            } else {
                field.getStyleClass().remove("invalid");
                field.setText(c.value(p.name()));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        c.specProperty().addListener(o -> {
            field.setText(c.value(p.name()));
            field.getStyleClass().remove("invalid");
        });
        return field;
    }

    private static Label problemLabel(PolicyChoice c) {
        Label l = new Label();
        l.setId("policy-problem-" + c.name());
        l.getStyleClass().add("policy-problem");
        l.setWrapText(true);
        l.textProperty().bind(c.problemProperty());
        l.visibleProperty().bind(c.problemProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static VBox resultGrid(PolicyChoice c) {
        VBox box = new VBox(1);
        box.setId("policy-result-" + c.name());
        Runnable fill = () -> {
            box.getChildren().clear();
            ReplayResult r = c.resultProperty().get();
            if (r == null) {
                return;
            }
            for (String line : ResultLines.of(r, c.explanation())) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add(r.replayable() ? "policy-result" : "policy-needs");
                box.getChildren().add(l);
            }
        };
        c.resultProperty().addListener(o -> fill.run());
        fill.run();
        return box;
    }

    private static Label source(PolicyChoice c) {
        Label l = new Label(c.descriptor().source());
        l.getStyleClass().add("policy-source");
        l.setWrapText(true);
        return l;
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
