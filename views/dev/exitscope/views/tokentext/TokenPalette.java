package dev.exitscope.views.tokentext;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours drawn behind and around the token text, for the light and the dark theme: ten heat colours from
 * the lowest to the highest tenth of the chosen signal (light: a yellow–orange–pink ramp; dark: dark to saturated,
 * under light text), find matches, the current match, cue bars, the token cursor, and the ink of the text. The
 * legend's swatches use the same heat colours. Immutable.
 */
record TokenPalette(List<Color> heat, Color findFill, Color findStroke, Color currentFill, Color currentStroke,
                    Color cue, Color cursor, Ink ink) {

    /**
     * The paper, the text colours (answer, thinking, the highest tokens, gutter labels, line-break symbols) and
     * the rules between steps.
     */
    record Ink(Color paper, Color answer, Color think, Color strong, Color muted, Color lineBreak, Color rule) {
    }

    static final TokenPalette LIGHT = new TokenPalette(
            colours("#fcfdf0", "#f7f8d2", "#fdf0b0", "#fee391", "#fed176", "#fdba62", "#fb9f59", "#f5845f",
                    "#e86c75", "#d45a91"),
            Color.rgb(240, 228, 66, 0.35), Color.web("#b59f00"), Color.rgb(255, 150, 0, 0.45), Color.web("#d55e00"),
            Color.web("#0072b2"), Color.web("#000000"),
            new Ink(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#57606a"), Color.web("#000000"),
                    Color.web("#6e7781"), Color.web("#afb8c1"), Color.web("#8c959f")));

    static final TokenPalette DARK = new TokenPalette(
            colours("#1c2129", "#262636", "#332a45", "#442d51", "#563056", "#693455", "#7e394f", "#934045",
                    "#a84c39", "#bb5d2b"),
            Color.rgb(240, 228, 66, 0.16), Color.web("#d4c22e"), Color.rgb(255, 150, 0, 0.25), Color.web("#ff9a52"),
            Color.web("#56b4e9"), Color.web("#ffffff"),
            new Ink(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#9da7b3"), Color.web("#ffffff"),
                    Color.web("#8b949e"), Color.web("#484f58"), Color.web("#6e7681")));

    private static List<Color> colours(String... web) {
        return java.util.Arrays.stream(web).map(Color::web).toList();
    }
}
