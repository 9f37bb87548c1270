package dev.exitscope.views.tokentext;

import java.util.AbstractList;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * The trace text under the timeline: each token's background coloured by the quantile bucket of the chosen
 * signal, with a legend and a signal chooser above. The text is a {@link ListView} of paragraphs (see
 * {@link TokenTextModel}), so a 100,000-token trace has token nodes only for the paragraphs on screen. Clicking a
 * token sets {@link #selectedTokenProperty()}; setting it from outside scrolls its paragraph into view and
 * outlines the token. All per-token work happens when the model is built, off the FX thread. FX thread only.
 */
public final class TokenTextView extends BorderPane {
    private final ObjectProperty<@Nullable TokenTextModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TokenSignal> signal =
            new SimpleObjectProperty<>(this, "signal", TokenSignal.ENTROPY);
    private final IntegerProperty selectedToken = new SimpleIntegerProperty(this, "selectedToken", -1);
    private final ListView<Integer> list = new ListView<>();
    private final ComboBox<TokenSignal> chooser = new ComboBox<>(FXCollections.observableArrayList(
            TokenSignal.values()));
    private final TokenLegend legend = new TokenLegend();
    private boolean clicking;

    public TokenTextView() {
        getStyleClass().add("token-text-view");
        getStylesheets().add(Objects.requireNonNull(TokenTextView.class.getResource("tokentext.css"),
                "tokentext.css").toExternalForm());
        list.setId("token-text-list");
        list.getStyleClass().add("token-list");
        list.setCellFactory(l -> new TokenParagraphCell(l, model, signal, selectedToken, this::select));
        chooser.setId("token-signal");
        chooser.valueProperty().bindBidirectional(signal);
        Label colour = new Label("Colour by");
        colour.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, colour, chooser, legend);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("token-text-bar");
        setTop(top);
        setCenter(list);
        model.addListener((o, a, m) -> {
            list.setItems(FXCollections.observableList(new ParagraphIndices(m == null ? 0 : m.paragraphCount())));
            legend.show(m == null ? null : m.scale(signal.get()));
            reveal(selectedToken.get());
        });
        signal.addListener((o, a, s) -> {
            TokenTextModel m = model.get();
            legend.show(m == null ? null : m.scale(s));
            list.refresh();
        });
        selectedToken.addListener((o, a, t) -> {
            if (!clicking) {
                reveal(t.intValue());
            }
        });
    }

    public ObjectProperty<@Nullable TokenTextModel> modelProperty() {
        return model;
    }

    /** The signal that colours the tokens (entropy by default). */
    public ObjectProperty<TokenSignal> signalProperty() {
        return signal;
    }

    /** The selected token, -1 for none; bind it to the timeline's to share the selection. */
    public IntegerProperty selectedTokenProperty() {
        return selectedToken;
    }

    /** The list of paragraphs, for tests and lookups. */
    public ListView<Integer> list() {
        return list;
    }

    private void select(int token) {
        clicking = true;
        try {
            selectedToken.set(token);
        } finally {
            clicking = false;
        }
    }

    private void reveal(int token) {
        TokenTextModel m = model.get();
        if (m == null || token < 0 || token >= m.tokenCount()) {
            return;
        }
        int p = m.paragraphOf(token);
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> firstCell = flow.getFirstVisibleCell();
            IndexedCell<?> lastCell = flow.getLastVisibleCell();
            if (firstCell != null && lastCell != null && p > firstCell.getIndex() && p < lastCell.getIndex()) {
                return;
            }
        }
        list.scrollTo(p);
    }

    /** The items of the list: the paragraph indices 0 … n-1, without storing them. */
    private static final class ParagraphIndices extends AbstractList<Integer> {
        private final int size;

        ParagraphIndices(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
