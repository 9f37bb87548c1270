package dev.exitscope.views.tokentext;

import dev.exitscope.analysis.search.TextMatches;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.jspecify.annotations.Nullable;

/**
 * A list cell showing one paragraph (its item is the paragraph index) of the current model. Cells are reused by
 * the list as it scrolls, so only the visible paragraphs have token nodes. FX thread only.
 */
final class TokenParagraphCell extends ListCell<Integer> {
    private final ObjectProperty<@Nullable TokenTextModel> model;
    private final ObjectProperty<TokenSignal> signal;
    private final IntegerProperty selected;
    private final ObjectProperty<TextMatches> matches;
    private final IntegerProperty currentMatch;
    private final TokenParagraph paragraph;

    TokenParagraphCell(ListView<Integer> list, ObjectProperty<@Nullable TokenTextModel> model,
                       ObjectProperty<TokenSignal> signal, IntegerProperty selected,
                       ObjectProperty<TextMatches> matches, IntegerProperty currentMatch,
                       ObjectProperty<TokenPalette> palette, IntConsumer onClick) {
        this.model = model;
        this.signal = signal;
        this.selected = selected;
        this.matches = matches;
        this.currentMatch = currentMatch;
        this.paragraph = new TokenParagraph(onClick);
        getStyleClass().add("token-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        paragraph.prefWidthProperty().bind(list.widthProperty().subtract(24));
        selected.addListener((o, a, b) -> paragraph.select(b.intValue()));
        matches.addListener((o, a, b) -> paragraph.mark(b, currentMatch.get()));
        currentMatch.addListener((o, a, b) -> paragraph.mark(matches.get(), b.intValue()));
        paragraph.setPalette(palette.get());
        palette.addListener((o, a, b) -> paragraph.setPalette(b));
    }

    @Override
    protected void updateItem(@Nullable Integer item, boolean empty) {
        super.updateItem(item, empty);
        TokenTextModel m = model.get();
        if (empty || item == null || m == null || item >= m.paragraphCount()) {
            setGraphic(null);
            return;
        }
        paragraph.show(m, item, signal.get(), selected.get(), matches.get(), currentMatch.get());
        setGraphic(paragraph);
    }
}
