package dev.exitscope.views.library;

import dev.exitscope.analysis.summary.TraceSummary;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The library pane: a filter bar (search text, correctness, grouping), a sortable table of the traces that pass
 * it (its File column names each trace's file, so traces of the same id in different files can be told apart),
 * and a status line with the progress and a cancel button of running imports and the list of inputs that could
 * not be read. Binds to a {@link LibraryViewModel} and forwards edits to it; FX thread only.
 */
public final class LibraryView extends BorderPane {
    private final TableView<TraceSummary> table = new TableView<>();
    private final TextField filter = new TextField();

    public LibraryView(LibraryViewModel model) {
        getStyleClass().add("library-view");
        setTop(filterBar(model));
        table.setId("library-table");
        table.setItems(model.visibleTraces());
        table.setSortPolicy(t -> true);
        model.columnOrderProperty().bind(table.comparatorProperty());
        Label empty = new Label();
        empty.setId("library-placeholder");
        empty.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new GroupedRow(model));
        model.visibleTraces().addListener((javafx.collections.ListChangeListener<TraceSummary>) c -> table.refresh());
        model.groupingProperty().addListener(o -> table.refresh());
        getStylesheets().add(java.util.Objects.requireNonNull(LibraryView.class.getResource("library.css"),
                "library.css").toExternalForm());
        table.getColumns().add(natural(column("Id", 150, TraceSummary::id)));
        TableColumn<TraceSummary, String> file = natural(column("File", 130, model::fileLabel));
        file.setId("library-file-column");
        file.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(@Nullable String item, boolean empty) {
                super.updateItem(item, empty);
                TableRow<TraceSummary> row = getTableRow();
                TraceSummary s = empty || row == null ? null : row.getItem();
                setText(empty || item == null ? null : item);
                setTooltip(s == null ? null : new Tooltip(s.file()));
            }
        });
        table.getColumns().add(file);
        table.getColumns().add(column("Model", 140, s -> s.model() == null ? "" : s.model()));
        table.getColumns().add(column("Tokens", 80, TraceSummary::tokens));
        table.getColumns().add(column("Thinking", 88, TraceSummary::thinkTokens));
        table.getColumns().add(column("Logprobs", 92, s -> s.hasLogprobs() ? "yes" : "no"));
        table.getColumns().add(column("Entropy", 86, s -> s.entropyMean() == null ? ""
                : String.format(Locale.ROOT, "%.3f%s", s.entropyMean(), s.entropyApproximate() ? "~" : "")));
        table.getColumns().add(column("Final answer", 120, s -> s.finalAnswer() == null ? "" : s.finalAnswer()));
        table.getColumns().add(column("Gold", 90, s -> s.gold() == null ? "" : s.gold()));
        table.getColumns().add(column("Correct", 82, s -> s.correct() == null ? "" : s.correct() ? "yes" : "no"));
        table.getColumns().add(natural(column("Group", 90, s -> s.groupId() == null ? ""
                : s.sample() == null ? s.groupId() : s.groupId() + " #" + s.sample())));
        table.getColumns().add(column("Format", 90, TraceSummary::format));
        setCenter(table);
        setBottom(statusBar(model));
    }

    private VBox filterBar(LibraryViewModel model) {
        filter.setId("library-filter");
        filter.setPromptText("Filter by id, model, answer, gold or question (tick 'in text' for the trace text)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ChoiceBox<CorrectFilter> correct = new ChoiceBox<>(FXCollections.observableArrayList(CorrectFilter.values()));
        correct.setId("library-correct");
        correct.valueProperty().bindBidirectional(model.correctFilterProperty());
        ChoiceBox<LibraryGrouping> group = new ChoiceBox<>(FXCollections.observableArrayList(LibraryGrouping.values()));
        group.setId("library-grouping");
        group.valueProperty().bindBidirectional(model.groupingProperty());
        CheckBox inText = new CheckBox("in text");
        inText.setId("library-search-text");
        inText.setTooltip(new Tooltip("Also look for the filter text in the traces' own text"));
        inText.selectedProperty().bindBidirectional(model.searchTextProperty());
        Label correctLabel = new Label("Correct");
        correctLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label groupLabel = new Label("Group by");
        groupLabel.setMinWidth(Region.USE_PREF_SIZE);
        inText.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(6, correctLabel, correct, groupLabel, group, inText);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, filter, choices);
        bar.setPadding(new Insets(4));
        return bar;
    }

    private static VBox statusBar(LibraryViewModel model) {
        Label status = new Label();
        status.setId("library-status");
        status.textProperty().bind(model.statusProperty());
        Tooltip unreadable = new Tooltip();
        unreadable.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.errors()),
                model.errors()));
        model.errors().addListener((javafx.collections.ListChangeListener<String>) c ->
                status.setTooltip(model.errors().isEmpty() ? null : unreadable));
        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        Label message = new Label();
        message.setId("library-progress-message");
        message.textProperty().bind(model.progressMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("library-cancel");
        cancel.setOnAction(e -> model.cancelLoading());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox loading = new HBox(6, progress, message, cancel);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        VBox bar = new VBox(2, status, errorList(model), loading);
        bar.setPadding(new Insets(2, 4, 2, 4));
        return bar;
    }

    /**
     * A toggle under the status line, shown once an input could not be read, that opens the list of every such
     * input with its message ({@code FILE: message}), so that later loads never hide an earlier failure.
     */
    private static VBox errorList(LibraryViewModel model) {
        ListView<String> list = new ListView<>(model.errors());
        list.setId("library-error-list");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(@Nullable String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        ToggleButton show = new ToggleButton();
        show.setId("library-errors");
        show.textProperty().bind(Bindings.createStringBinding(() -> (show.isSelected() ? "Hide the " : "Show the ")
                + (model.errors().size() == 1 ? "file" : model.errors().size() + " files")
                + " that could not be read", model.errors(), show.selectedProperty()));
        show.setMinWidth(Region.USE_PREF_SIZE);
        list.visibleProperty().bind(show.selectedProperty());
        list.managedProperty().bind(show.selectedProperty());
        VBox box = new VBox(2, show, list);
        BooleanBinding any = Bindings.isNotEmpty(model.errors());
        box.visibleProperty().bind(any);
        box.managedProperty().bind(any);
        return box;
    }

    public TableView<TraceSummary> table() {
        return table;
    }

    /** Moves the keyboard focus to the filter box and selects its text. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** A table row that shows a rule above the first trace of each group. */
    private static final class GroupedRow extends TableRow<TraceSummary> {
        private static final PseudoClass GROUP_START = PseudoClass.getPseudoClass("group-start");
        private final LibraryViewModel model;

        GroupedRow(LibraryViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(@Nullable TraceSummary item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(GROUP_START, !empty && item != null && model.startsGroup(getIndex()));
        }
    }

    /** Sorts a column of names in natural order: {@code q2} before {@code q10}. */
    private static TableColumn<TraceSummary, String> natural(TableColumn<TraceSummary, String> c) {
        c.setComparator(NaturalOrder.INSTANCE);
        return c;
    }

    private static <T> TableColumn<TraceSummary, T> column(String title, double width,
                                                          Function<TraceSummary, T> value) {
        TableColumn<TraceSummary, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
