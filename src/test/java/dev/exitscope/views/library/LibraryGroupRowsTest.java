package dev.exitscope.views.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryGroupRowsTest {
    private final LibraryViewModel model = new LibraryViewModel();

    @Start
    void start(Stage stage) {
        List<TraceSummary> rows = new ArrayList<>();
        String[] files = {"b.jsonl", "a.jsonl", "c.jsonl", "a.jsonl", "b.jsonl", "a.jsonl"};
        for (int i = 0; i < files.length; i++) {
            rows.add(new TraceSummary("t" + i, files[i], "text", "m", 10, 2, false, 0, null, false, null, null,
                    null, null, null));
        }
        model.addAll(rows);
        stage.setScene(new Scene(new LibraryView(model), 600, 400));
        stage.show();
    }

    /** Row index → whether the row shows the rule that starts a group, for the filled rows on screen. */
    private TreeMap<Integer, Boolean> ruled(FxRobot robot) {
        TreeMap<Integer, Boolean> out = new TreeMap<>();
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && !r.isEmpty()) {
                out.put(r.getIndex(), r.getPseudoClassStates().contains(PseudoClass.getPseudoClass("group-start")));
            }
        }
        return out;
    }

    @Test
    void groupingByFileRulesTheFirstRowOfEachFile(FxRobot robot) {
        robot.interact(() -> model.setGrouping(LibraryGrouping.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        // sorted by file, load order within a file: a (t1, t3, t5), b (t0, t4), c (t2)
        assertEquals(List.of("t1", "t3", "t5", "t0", "t4", "t2"),
                model.visibleTraces().stream().map(TraceSummary::id).toList());
        TreeMap<Integer, Boolean> expected = new TreeMap<>();
        for (int row = 0; row < 6; row++) {
            expected.put(row, row == 3 || row == 5);
        }
        assertEquals(expected, ruled(robot));
        robot.interact(() -> model.setGrouping(LibraryGrouping.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), ruled(robot).values().stream().distinct().toList(), "no rules without groups");
    }
}
