package dev.exitscope.views.tokentext;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The colour legend: ten swatches, each labelled with the smallest value of its bucket, and a key to the
 * non-colour marks. FX thread only.
 */
final class TokenLegend extends HBox {
    private final Label[] floors = new Label[HeatScale.BUCKETS];
    private final Region[] swatches = new Region[HeatScale.BUCKETS];

    TokenLegend() {
        getStyleClass().add("token-legend");
        setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(1);
        row.getStyleClass().add("legend-swatches");
        for (int k = 0; k < HeatScale.BUCKETS; k++) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatches[k] = swatch;
            floors[k] = new Label("–");
            floors[k].getStyleClass().add("legend-value");
            VBox cell = new VBox(1, swatch, floors[k]);
            cell.setAlignment(Pos.CENTER);
            row.getChildren().add(cell);
        }
        Label key = new Label("bold: top 2 %   italic: bottom 2 %   underline: candidate answer   "
                + "bar above: cue   grey text: thinking");
        key.getStyleClass().add("legend-key");
        key.setMinWidth(0);
        row.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(row, key);
        setPalette(TokenPalette.LIGHT);
    }

    /** Colours the swatches with the palette's heat colours. */
    void setPalette(TokenPalette palette) {
        for (int k = 0; k < swatches.length; k++) {
            swatches[k].setBackground(new Background(new BackgroundFill(palette.heat().get(k), null, null)));
        }
    }

    /** Shows the bucket floors of {@code scale}, or dashes when there is none or it has no values. */
    void show(@Nullable HeatScale scale) {
        for (int k = 0; k < floors.length; k++) {
            boolean known = scale != null && scale.hasValues();
            floors[k].setText(known ? String.format(Locale.ROOT, "%.2f", scale.floor(k)) : "–");
        }
    }
}
