package dev.exitscope.views.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the library table shows: the file of each trace, sample groups per file in natural order, empty texts. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryTableTextTest {
    private final LibraryViewModel model = new LibraryViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new LibraryView(model), 1400, 500));
        stage.show();
    }

    private static TraceSummary trace(String id, String file, @Nullable String group, @Nullable Integer sample) {
        return new TraceSummary(id, file, "text", "m", 10, 2, false, 0, null, false, null, null, null, group,
                sample);
    }

    /** The text of the cells of the filled rows on screen, by row index, in column order. */
    private static TreeMap<Integer, List<String>> cells(FxRobot robot, String... columns) {
        TreeMap<Integer, List<String>> out = new TreeMap<>();
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && !r.isEmpty()) {
                List<String> texts = new ArrayList<>();
                for (String title : columns) {
                    for (Node c : r.getChildrenUnmodifiable()) {
                        if (c instanceof TableCell<?, ?> cell && cell.getTableColumn().getText().equals(title)) {
                            texts.add(cell.getText());
                        }
                    }
                }
                out.put(r.getIndex(), texts);
            }
        }
        return out;
    }

    private static TreeMap<Integer, Boolean> ruled(FxRobot robot) {
        TreeMap<Integer, Boolean> out = new TreeMap<>();
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && !r.isEmpty()) {
                out.put(r.getIndex(), r.getPseudoClassStates().contains(PseudoClass.getPseudoClass("group-start")));
            }
        }
        return out;
    }

    @Test
    void anEmptyLibrarySaysNothingIsLoaded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No traces loaded", robot.lookup("#library-placeholder").queryAs(Label.class).getText());
    }

    @Test
    void sampleGroupsAreOnePerFileInNumericOrder(FxRobot robot) {
        robot.interact(() -> {
            model.addAll(List.of(trace("a10", "/runs/a.jsonl", "10", 0), trace("a2", "/runs/a.jsonl", "2", 0),
                    trace("b2", "/runs/b.jsonl", "2", 0), trace("a1", "/runs/a.jsonl", "1", 0),
                    trace("a2s", "/runs/a.jsonl", "2", 1), trace("none", "/runs/b.jsonl", null, null)));
            model.setGrouping(LibraryGrouping.GROUP);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeMap<Integer, List<String>> expected = new TreeMap<>();
        expected.put(0, List.of("a1", "a.jsonl", "1 #0"));
        expected.put(1, List.of("a2", "a.jsonl", "2 #0"));
        expected.put(2, List.of("a2s", "a.jsonl", "2 #1"));
        expected.put(3, List.of("b2", "b.jsonl", "2 #0"));
        expected.put(4, List.of("a10", "a.jsonl", "10 #0"));
        expected.put(5, List.of("none", "b.jsonl", ""));
        assertEquals(expected, cells(robot, "Id", "File", "Group"));
        TreeMap<Integer, Boolean> rules = new TreeMap<>();
        for (int row = 0; row < 6; row++) {
            rules.put(row, row == 1 || row == 3 || row == 4 || row == 5);
        }
        assertEquals(rules, ruled(robot), "group 2 of a.jsonl and group 2 of b.jsonl are two groups");
        assertEquals("6 traces in 4 groups", model.getStatus());
    }

    @Test
    void clickingTheIdHeaderSortsNumberedIdsByNumber(FxRobot robot) {
        robot.interact(() -> model.addAll(List.of(trace("q10", "/f.jsonl", null, null),
                trace("q2", "/f.jsonl", null, null), trace("q1", "/f.jsonl", null, null))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".column-header").lookup((Node n) -> n instanceof Label l
                && "Id".equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        TreeMap<Integer, List<String>> expected = new TreeMap<>();
        expected.put(0, List.of("q1"));
        expected.put(1, List.of("q2"));
        expected.put(2, List.of("q10"));
        assertEquals(expected, cells(robot, "Id"));
    }

    @Test
    void tracesOfOneIdInFilesOfOneNameShowWhichFolderTheyComeFrom(FxRobot robot) {
        robot.interact(() -> model.addAll(List.of(trace("q7", "/data/run1/out.jsonl", null, null),
                trace("q7", "/data/run2/out.jsonl", null, null), trace("q8", "/data/other.jsonl", null, null))));
        WaitForAsyncUtils.waitForFxEvents();
        TreeMap<Integer, List<String>> expected = new TreeMap<>();
        expected.put(0, List.of("q7", "run1/out.jsonl"));
        expected.put(1, List.of("q7", "run2/out.jsonl"));
        expected.put(2, List.of("q8", "other.jsonl"));
        assertEquals(expected, cells(robot, "Id", "File"));
        List<String> tips = new ArrayList<>();
        for (Node n : robot.lookup(".table-row-cell").queryAll()) {
            if (n instanceof TableRow<?> r && !r.isEmpty() && r.getIndex() == 1) {
                for (Node c : r.getChildrenUnmodifiable()) {
                    if (c instanceof TableCell<?, ?> cell && cell.getTableColumn().getText().equals("File")) {
                        tips.add(cell.getTooltip().getText());
                    }
                }
            }
        }
        assertEquals(List.of("/data/run2/out.jsonl"), tips, "the File cell's tooltip gives the whole path");
    }
}
