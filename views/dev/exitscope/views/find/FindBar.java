package dev.exitscope.views.find;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The find bar above the trace views: a query field, a case toggle, previous/next buttons, the "3 of 17" count
 * and a close button. Enter goes to the next match, Shift+Enter to the previous one, Escape closes the bar and
 * gives the focus back. Hidden (and taking no space) until {@link #open()}. Binds to a {@link FindViewModel}
 * and forwards events; FX thread only.
 */
public final class FindBar extends HBox {
    private final FindViewModel model;
    private final TextField field = new TextField();
    private Runnable onClose = () -> { };

    public FindBar(FindViewModel model) {
        this.model = model;
        getStyleClass().add("find-bar");
        getStylesheets().add(Objects.requireNonNull(FindBar.class.getResource("find.css"), "find.css")
                .toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setId("find-field");
        field.setPromptText("Find in trace text");
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        ToggleButton matchCase = new ToggleButton("Aa");
        matchCase.setId("find-case");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.selectedProperty().bindBidirectional(model.caseSensitiveProperty());
        matchCase.setFocusTraversable(false);
        Button previous = button("find-previous", "↑", "Previous match (Shift+Enter)");
        previous.setOnAction(e -> model.previous());
        Button next = button("find-next", "↓", "Next match (Enter)");
        next.setOnAction(e -> model.next());
        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = button("find-close", "✕", "Close (Escape)");
        close.setOnAction(e -> close());
        Label label = new Label("Find");
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(label, field, matchCase, previous, next, status, gap, close);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows the bar, focuses the field and selects its text. */
    public void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the bar, clears the highlights (the query stays for the next open) and runs the close action. */
    public void close() {
        setVisible(false);
        onClose.run();
    }

    /** What to do after closing, typically giving the focus back to the view the user came from. */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    public TextField field() {
        return field;
    }

    public FindViewModel model() {
        return model;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                model.previous();
            } else {
                model.next();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
