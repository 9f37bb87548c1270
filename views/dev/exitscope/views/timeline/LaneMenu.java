package dev.exitscope.views.timeline;

import dev.exitscope.analysis.timeline.Lane;
import dev.exitscope.analysis.timeline.TimelineData;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's context menu: a check item per lane of the trace to show or hide it (and one to hide each lane
 * chosen for another trace that this one lacks), and, for the lane under the pointer, moving it up or down (the
 * items name that lane by its title). Edits the view's lane list; the view redraws on its own. FX thread only.
 */
final class LaneMenu {
    private LaneMenu() {
    }

    static ContextMenu build(TimelineData data, ObservableList<String> shown, @Nullable String laneUnderPointer) {
        ContextMenu menu = new ContextMenu();
        for (Lane lane : data.lanes()) {
            CheckMenuItem item = new CheckMenuItem(lane.title());
            item.setId("lane-toggle-" + lane.id());
            item.setSelected(shown.contains(lane.id()));
            item.setOnAction(e -> toggle(shown, data, lane.id(), item.isSelected()));
            menu.getItems().add(item);
        }
        for (String id : List.copyOf(shown)) {
            if (data.lane(id) == null) {
                CheckMenuItem item = new CheckMenuItem(id + " (not in this trace)");
                item.setId("lane-toggle-" + id);
                item.setSelected(true);
                item.setOnAction(e -> shown.remove(id));
                menu.getItems().add(item);
            }
        }
        if (laneUnderPointer != null) {
            int i = shown.indexOf(laneUnderPointer);
            Lane under = data.lane(laneUnderPointer);
            String name = under == null ? laneUnderPointer : under.title();
            MenuItem up = new MenuItem("Move '" + name + "' up");
            up.setId("lane-up");
            up.setDisable(i <= 0);
            up.setOnAction(e -> move(shown, i, i - 1));
            MenuItem down = new MenuItem("Move '" + name + "' down");
            down.setId("lane-down");
            down.setDisable(i < 0 || i >= shown.size() - 1);
            down.setOnAction(e -> move(shown, i, i + 1));
            menu.getItems().addAll(new SeparatorMenuItem(), up, down);
        }
        return menu;
    }

    /** Shows or hides a lane, keeping the data's lane order for lanes being shown again. */
    static void toggle(ObservableList<String> shown, TimelineData data, String id, boolean show) {
        if (!show) {
            shown.remove(id);
            return;
        }
        if (shown.contains(id)) {
            return;
        }
        List<Lane> all = data.lanes();
        int order = indexOf(all, id);
        int at = shown.size();
        for (int k = 0; k < shown.size(); k++) {
            if (indexOf(all, shown.get(k)) > order) {
                at = k;
                break;
            }
        }
        shown.add(at, id);
    }

    static void move(ObservableList<String> shown, int from, int to) {
        if (from < 0 || to < 0 || from >= shown.size() || to >= shown.size()) {
            return;
        }
        String id = shown.remove(from);
        shown.add(to, id);
    }

    private static int indexOf(List<Lane> lanes, String id) {
        for (int k = 0; k < lanes.size(); k++) {
            if (lanes.get(k).id().equals(id)) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }
}
