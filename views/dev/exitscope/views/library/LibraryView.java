package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A sortable table of the loaded traces with a status line. Binds to a {@link LibraryViewModel}; FX thread only. */
public final class LibraryView extends BorderPane {
    private final TableView<TraceSummary> table = new TableView<>();

    public LibraryView(LibraryViewModel model) {
        getStyleClass().add("library-view");
        table.setId("library-table");
        table.setItems(model.traces());
        table.setPlaceholder(new Label("No traces loaded"));
        table.getColumns().add(column("Id", 260, TraceSummary::id));
        table.getColumns().add(column("Format", 100, TraceSummary::format));
        table.getColumns().add(column("Model", 160, s -> s.model() == null ? "" : s.model()));
        table.getColumns().add(column("Tokens", 70, TraceSummary::tokens));
        table.getColumns().add(column("Thinking", 70, TraceSummary::thinkTokens));
        table.getColumns().add(column("Logprobs", 70, s -> s.hasLogprobs() ? "yes" : "no"));
        table.getColumns().add(column("Entropy", 70, s -> s.entropyMean() == null ? ""
                : String.format(Locale.ROOT, "%.3f%s", s.entropyMean(), s.entropyApproximate() ? "~" : "")));
        table.getColumns().add(column("Final answer", 140, s -> s.finalAnswer() == null ? "" : s.finalAnswer()));
        table.getColumns().add(column("Gold", 100, s -> s.gold() == null ? "" : s.gold()));
        table.getColumns().add(column("Correct", 70, s -> s.correct() == null ? "" : s.correct() ? "yes" : "no"));
        Label status = new Label();
        status.setId("library-status");
        status.textProperty().bind(model.statusProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(table);
        setBottom(status);
    }

    public TableView<TraceSummary> table() {
        return table;
    }

    private static <T> TableColumn<TraceSummary, T> column(String title, double width,
                                                          Function<TraceSummary, T> value) {
        TableColumn<TraceSummary, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
