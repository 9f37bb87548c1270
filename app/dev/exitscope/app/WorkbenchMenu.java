package dev.exitscope.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The window's menu bar (File, Edit, View, Help) and its window-wide keys: the open actions with their
 * accelerators, the recent-files menu kept in step with the settings, find in the trace (Ctrl+F, F3, Shift+F3),
 * the library filter (Ctrl+L), the theme switch (Ctrl+Shift+D), drag and drop onto the window, and {@code ?} and F1
 * for the shortcuts list. FX thread only.
 */
final class WorkbenchMenu {
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open recent");
    private final LibraryActions actions;
    private final Stage stage;
    private final ShortcutsDialog shortcuts;

    WorkbenchMenu(Stage stage, LibraryActions actions, WindowCommands commands) {
        this.stage = stage;
        this.actions = actions;
        this.shortcuts = new ShortcutsDialog(stage);
        bar.setId("workbench-menu");
        recent.setId("recent-menu");
        MenuItem openFiles = item("Open files…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> actions.chooseFiles(stage));
        MenuItem openFolder = item("Open folder…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> actions.chooseFolder(stage));
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                stage::close);
        Menu file = new Menu("File", null, openFiles, openFolder, recent, new SeparatorMenuItem(), quit);
        MenuItem find = item("Find in trace…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                commands.find());
        MenuItem next = item("Find next", new KeyCodeCombination(KeyCode.F3), commands.findNext());
        MenuItem previous = item("Find previous", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                commands.findPrevious());
        MenuItem filter = item("Filter the library", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                commands.filterLibrary());
        Menu edit = new Menu("Edit", null, find, next, previous, new SeparatorMenuItem(), filter);
        MenuItem fit = item("Fit the timeline", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                commands.fitTimeline());
        MenuItem theme = item("Switch light / dark theme", new KeyCodeCombination(KeyCode.D,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), commands.toggleTheme());
        theme.setId("theme-item");
        MenuItem bigger = item("Larger text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> commands.textZoom().accept(1));
        MenuItem smaller = item("Smaller text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> commands.textZoom().accept(-1));
        MenuItem normal = item("Normal text size", new KeyCodeCombination(KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), () -> commands.textZoom().accept(0));
        MenuItem teach = item("Teaching mode", new KeyCodeCombination(KeyCode.F11), commands.teaching());
        teach.setId("teaching-item");
        Menu view = new Menu("View", null, fit, theme, new SeparatorMenuItem(), bigger, smaller, normal,
                new SeparatorMenuItem(), teach);
        MenuItem play = item("Play / pause", new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN),
                commands.playPause());
        MenuItem stop = item("Stop playback", new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN),
                commands.stopPlayback());
        Menu playback = new Menu("Playback", null, play, stop);
        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        Menu help = new Menu("Help", null, keys);
        bar.getMenus().addAll(List.of(file, edit, view, playback, help));
        actions.onRecentChanged(this::refreshRecent);
        refreshRecent();
    }

    MenuBar bar() {
        return bar;
    }

    /** Wires the keys and the drag and drop that work anywhere in the window. */
    void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        scene.addEventHandler(DragEvent.DRAG_OVER, actions::dragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, actions::dragDropped);
    }

    void showShortcuts() {
        shortcuts.show();
    }

    ShortcutsDialog shortcuts() {
        return shortcuts;
    }

    Menu recentMenu() {
        return recent;
    }

    /** {@code ?} opens the shortcuts list unless the user is typing text. */
    void keyTyped(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !(stage.getScene().getFocusOwner() instanceof TextInputControl)) {
            showShortcuts();
            e.consume();
        }
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (Path p : actions.recent()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.open(List.of(p)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
