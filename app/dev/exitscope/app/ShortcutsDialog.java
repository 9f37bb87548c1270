package dev.exitscope.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The list of keyboard and mouse shortcuts, opened by {@code ?} or F1. One dialog per window, shown again rather
 * than stacked. FX thread only.
 */
final class ShortcutsDialog {
    /** A key or gesture and what it does. */
    record Shortcut(String keys, String action) { }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Ctrl+O", "Open trace files"),
            new Shortcut("Ctrl+Shift+O", "Open a folder of traces"),
            new Shortcut("Ctrl+F", "Filter the library (find in the trace text — coming)"),
            new Shortcut("? or F1", "Show this list"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("+  /  −", "Timeline: zoom in / out"),
            new Shortcut("0", "Timeline: fit the whole trace"),
            new Shortcut("←  /  →", "Timeline: pan by a tenth of the width"),
            new Shortcut("Home  /  End", "Timeline: go to the start / end"),
            new Shortcut("Click", "Timeline: select a token"),
            new Shortcut("Drag", "Timeline: pan"),
            new Shortcut("Wheel", "Timeline: zoom around the pointer"));

    private final Dialog<Void> dialog = new Dialog<>();

    ShortcutsDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText(null);
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label keys = new Label(SHORTCUTS.get(i).keys());
            keys.setStyle("-fx-font-weight: bold");
            grid.addRow(i, keys, new Label(SHORTCUTS.get(i).action()));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    void show() {
        if (!dialog.isShowing()) {
            dialog.show();
        }
    }

    boolean isShowing() {
        return dialog.isShowing();
    }
}
