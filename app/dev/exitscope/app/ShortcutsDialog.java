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
            new Shortcut("Ctrl+F", "Find in the trace text"),
            new Shortcut("Enter  /  Shift+Enter", "Find: next / previous match (also F3 / Shift+F3)"),
            new Shortcut("Escape", "Find: close the bar"),
            new Shortcut("Ctrl+L", "Filter the library"),
            new Shortcut("Ctrl+Shift+D", "Switch light / dark theme"),
            new Shortcut("Ctrl+=  /  Ctrl+−", "Token text: larger / smaller (Ctrl+Alt+0: normal size)"),
            new Shortcut("F11", "Teaching mode: full screen, large text, only the trace and its playback"),
            new Shortcut("Ctrl+Space", "Playback: play / pause"),
            new Shortcut("Ctrl+.", "Playback: stop and show the whole trace"),
            new Shortcut("? or F1", "Show this list"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("+  /  −", "Timeline: zoom in / out"),
            new Shortcut("0  or  Ctrl+0", "Timeline: fit the whole trace"),
            new Shortcut("←  /  →", "Timeline: pan by a tenth of the width"),
            new Shortcut("Home  /  End", "Timeline: go to the start / end"),
            new Shortcut("Click", "Timeline: select a token (the token text scrolls to it)"),
            new Shortcut("Drag  /  Shift+drag", "Timeline: pan / select a token range"),
            new Shortcut("Wheel", "Timeline: zoom around the pointer"),
            new Shortcut("Right click", "Timeline: show, hide and reorder lanes"),
            new Shortcut("←  /  →", "Token text: move the token cursor"),
            new Shortcut("↑  /  ↓", "Token text: cursor to the paragraph above / below"),
            new Shortcut("Page Up  /  Page Down", "Token text: ten paragraphs up / down"),
            new Shortcut("Home  /  End", "Token text: start / end of the paragraph (with Ctrl: of the trace)"),
            new Shortcut("Tab", "Move the focus between the library, the timeline and the token text"));

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
