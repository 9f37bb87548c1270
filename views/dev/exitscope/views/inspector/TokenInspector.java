package dev.exitscope.views.inspector;

import dev.exitscope.analysis.timeline.TimelineData;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The token inspector: a compact two-column grid with every signal of the selected token
 * ({@link TokenInspectorModel#token}) and, while a range is selected, its token count and the mean of each signal
 * ({@link TokenInspectorModel#range}). Each value label has the id {@code inspector-KEY} (range rows
 * {@code inspector-range-KEY}); the top-k alternatives are a small grid {@code inspector-topk} whose cells are
 * {@code inspector-topk-LINE-COLUMN} (text, logprob, probability). Bind its properties to the window's timeline
 * and selection. FX thread only.
 */
public final class TokenInspector extends ScrollPane {
    private final ObjectProperty<@Nullable TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final IntegerProperty selectedToken = new SimpleIntegerProperty(this, "selectedToken", -1);
    private final IntegerProperty rangeStart = new SimpleIntegerProperty(this, "rangeStart", -1);
    private final IntegerProperty rangeEnd = new SimpleIntegerProperty(this, "rangeEnd", -1);
    /** The widest a row's name gets; longer names wrap, so the values keep their room. */
    private static final double NAME_WIDTH = 96;
    private final VBox content = new VBox(4);

    public TokenInspector() {
        setId("token-inspector");
        getStyleClass().add("token-inspector");
        getStylesheets().add(java.util.Objects.requireNonNull(TokenInspector.class.getResource("inspector.css"),
                "inspector.css").toExternalForm());
        content.setPadding(new Insets(6));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(200);
        setPrefWidth(270);
        data.addListener(o -> update());
        selectedToken.addListener(o -> update());
        rangeStart.addListener(o -> update());
        rangeEnd.addListener(o -> update());
        update();
    }

    private void update() {
        content.getChildren().clear();
        TimelineData d = data.get();
        if (d == null) {
            content.getChildren().add(muted("No trace open"));
            return;
        }
        int n = d.trace().tokenCount();
        int t = selectedToken.get();
        if (t >= 0 && t < n) {
            content.getChildren().addAll(title("Token " + t), grid("inspector-", TokenInspectorModel.token(d, t)));
        } else {
            content.getChildren().add(muted("Click a token to inspect it"));
        }
        int a = rangeStart.get();
        int b = rangeEnd.get();
        if (a >= 0 && b > a && a < n) {
            int end = Math.min(b, n);
            content.getChildren().addAll(title("Range " + a + "–" + (end - 1) + ": means"),
                    grid("inspector-range-", TokenInspectorModel.range(d, a, end)));
        }
    }

    private static GridPane grid(String prefix, List<TokenInspectorModel.Row> rows) {
        GridPane g = new GridPane();
        g.getStyleClass().add("inspector-grid");
        g.setHgap(8);
        g.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(0);
        g.getColumnConstraints().setAll(names, values);
        int r = 0;
        for (TokenInspectorModel.Row row : rows) {
            if (!row.shown()) {
                continue;
            }
            Label name = new Label(row.label());
            name.getStyleClass().add("inspector-name");
            name.setMinWidth(0);
            name.setMaxWidth(NAME_WIDTH);
            name.setWrapText(true);
            Node value = row.value().indexOf('\t') >= 0 ? table(prefix + row.key(), row.value())
                    : value(prefix + row.key(), row);
            if (row.label().isEmpty()) {
                value.getStyleClass().add("inspector-note");
            }
            if (row.tooltip() != null) {
                Tooltip tip = new Tooltip(row.tooltip());
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                name.setTooltip(tip);
                if (value instanceof Label l) {
                    l.setTooltip(tip);
                }
            }
            GridPane.setValignment(name, VPos.TOP);
            if (value instanceof GridPane) {
                // a table takes the whole width, under its name
                g.add(name, 0, r++, 2, 1);
                g.add(value, 0, r++, 2, 1);
            } else {
                g.addRow(r++, name, value);
            }
        }
        return g;
    }

    private static Label value(String id, TokenInspectorModel.Row row) {
        Label value = new Label(row.value());
        value.setId(id);
        value.getStyleClass().add("inspector-value");
        value.setWrapText(true);
        value.setMinWidth(0);
        value.setMaxWidth(Double.MAX_VALUE);
        return value;
    }

    /** Lines of tab-separated cells as a small grid; the grid has the id, its cells {@code ID-LINE-COLUMN}. */
    private static GridPane table(String id, String text) {
        GridPane t = new GridPane();
        t.setId(id);
        t.getStyleClass().add("inspector-table");
        t.setHgap(6);
        String[] lines = text.split("\n", -1);
        for (int y = 0; y < lines.length; y++) {
            String[] cells = lines[y].split("\t", -1);
            for (int x = 0; x < cells.length; x++) {
                Label c = new Label(cells[x]);
                c.setId(id + "-" + y + "-" + x);
                c.getStyleClass().add("inspector-value");
                // short texts keep their width; long ones give way to the numbers
                c.setMinWidth(x > 0 || cells[x].length() <= 10 ? Region.USE_PREF_SIZE : 0);
                if (x == 0) {
                    c.setPadding(new Insets(0, 0, 0, 4));
                }
                if (x > 0) {
                    GridPane.setHalignment(c, HPos.RIGHT);
                }
                t.add(c, x, y);
            }
        }
        return t;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-muted");
        l.setWrapText(true);
        return l;
    }

    /** The timeline data of the open trace, or null. */
    public ObjectProperty<@Nullable TimelineData> dataProperty() {
        return data;
    }

    /** The token shown, or -1. */
    public IntegerProperty selectedTokenProperty() {
        return selectedToken;
    }

    /** First token of the range shown, or -1. */
    public IntegerProperty rangeStartProperty() {
        return rangeStart;
    }

    /** End (exclusive) of the range shown, or -1. */
    public IntegerProperty rangeEndProperty() {
        return rangeEnd;
    }
}
